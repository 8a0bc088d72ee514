/**
 * Whether two objects (or arrays) hold the same values, field by field (`Object.is`), with no
 * allocation. Zustand's `shallow` answers the same for plain objects but copies both sides'
 * entries into Maps on every call; a dozen subscribers run it on every slider step (#7).
 */
export function sameFields(a: object, b: object): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  let count = 0
  for (const key in x) {
    if (!Object.prototype.hasOwnProperty.call(x, key)) continue
    if (!Object.prototype.hasOwnProperty.call(y, key) || !Object.is(x[key], y[key])) return false
    count++
  }
  for (const key in y) if (Object.prototype.hasOwnProperty.call(y, key)) count--
  return count === 0
}
