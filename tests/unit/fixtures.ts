import baselineJson from '../../public/data/baseline.json'
import { parseBaseline, type Baseline } from '../../src/data/baselineSchema'

/** The shipped data file, parsed exactly as the app parses it. */
export function shippedBaseline(): Baseline {
  const parsed = parseBaseline(baselineJson)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.value
}
