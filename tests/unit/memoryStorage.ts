/** A localStorage stand-in whose quota and failures a test controls; two stores may share one (two tabs). */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>()
  /** Characters allowed in total (keys + values); undefined: no limit. */
  quota: number | undefined
  failAllWrites = false

  get length() {
    return this.map.size
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null
  }
  getItem(k: string) {
    return this.map.get(k) ?? null
  }
  setItem(k: string, v: string) {
    const size = [...this.map].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0) + k.length + v.length
    if (this.failAllWrites || (this.quota !== undefined && size > this.quota)) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    this.map.set(k, String(v))
  }
  removeItem(k: string) {
    this.map.delete(k)
  }
  clear() {
    this.map.clear()
  }
  keys() {
    return [...this.map.keys()]
  }
}
