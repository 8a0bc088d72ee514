import type { Result } from '../model/result'
import { BESIDE_KEY, EMPTY_SAVED, STORAGE_KEY, UNREADABLE_PREFIX, type SavedData } from './savedData'
import { mergeSaved } from './mergeSaved'
import { readSavedRaw, serialiseSaved, type StoredRead } from './readSaved'

/**
 * The saved list in a Storage (localStorage, or memory when the browser allows none). Nothing
 * stored is ever lost:
 * - data this version cannot fully read is copied aside (`…:unreadable:<time>`) before anything
 *   is written over it; if there is no room for the copy, nothing is written;
 * - data from a newer version is never written over: this version keeps its list beside it;
 * - every write re-reads what is stored and applies one change to that, so a tab that missed
 *   other tabs' changes cannot bring back a deleted scenario or repeat a name.
 */

/** Why a change was not made; the UI words each one. */
export type SaveFailure =
  | { reason: 'quota' }
  | { reason: 'refused'; detail: string }
  | { reason: 'blocked-by-unreadable' }
  | { reason: 'not-found' }
  | { reason: 'empty-name' }
  | { reason: 'nothing-visible' }
  | { reason: 'limit'; max: number }

export type SaveResult<T> = Result<T, SaveFailure>

/** What was found in storage that the page should say. */
export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'newer'; version: number | undefined; besideKey: string; raw: string }
  | {
      kind: 'unreadable' | 'partial'
      /** One short line per part that could not be read. */
      problems: readonly string[]
      entryCount: number
      readableCount: number
      raw: string
      /** Where the unchanged copy is, or null when there was no room for it (then nothing is written). */
      asideKey: string | null
    }

export interface SavedRepository {
  /** What is stored now (reporting anything new that cannot be read). */
  read: () => SavedData
  /** Re-read, apply `change` to what is stored, write it. The data returned is what is now stored. */
  write: <T>(change: (stored: SavedData) => SaveResult<{ next: SavedData; value: T }>) => SaveResult<{ value: T; data: SavedData }>
  /** The unchanged copies kept aside: key and text. */
  asideCopies: () => { key: string; raw: string }[]
  /**
   * The user downloaded this copy: remove it to free the space, and let the same data be
   * written over without keeping another copy.
   */
  releaseAside: (key: string) => void
}

/** Storage that lasts as long as the page: where the browser allows no localStorage. */
function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  }
}

function writeFailure(e: unknown): SaveFailure {
  const name = e instanceof DOMException ? e.name : ''
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return { reason: 'quota' }
  return { reason: 'refused', detail: e instanceof Error ? e.message : String(e) }
}

export function createSavedRepository(options: {
  storage: Storage | null
  report: (problem: StorageProblem) => void
  now: () => number
}): SavedRepository {
  const storage = options.storage ?? memoryStorage()
  const { report, now } = options
  /** Raw strings already reported: a problem is said once per page, not at every write. */
  const reported = new Set<string>()
  /** Raw strings the user downloaded and let go: no copy of them is needed any more. */
  const released = new Set<string>()

  const get = (key: string): string | null => {
    try {
      return storage.getItem(key)
    } catch {
      return null
    }
  }

  const asideKeys = (): string[] => {
    const keys: string[] = []
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)
        if (key?.startsWith(UNREADABLE_PREFIX)) keys.push(key)
      }
    } catch {
      // A storage that cannot list its keys has no copies we can find.
    }
    return keys
  }

  /** Copy unusable data aside once (an identical copy is reused). Its key, or null if it could not be kept. */
  const keepAside = (raw: string): string | null => {
    const existing = asideKeys().find((key) => get(key) === raw)
    if (existing) return existing
    try {
      const key = `${UNREADABLE_PREFIX}${now()}`
      storage.setItem(key, raw)
      return key
    } catch {
      return null
    }
  }

  /** The key this version reads and writes, the raw text there and what it holds. */
  const locate = (): { key: string; raw: string | null; read: StoredRead } => {
    const raw = get(STORAGE_KEY)
    const read = readSavedRaw(raw, now())
    if (read.kind !== 'newer') return { key: STORAGE_KEY, raw, read }
    if (!reported.has(raw!)) {
      reported.add(raw!)
      report({ kind: 'newer', version: read.version, besideKey: BESIDE_KEY, raw: raw! })
    }
    const beside = get(BESIDE_KEY)
    return { key: BESIDE_KEY, raw: beside, read: readSavedRaw(beside, now()) }
  }

  /** Keep aside what cannot be fully read; false when that is impossible (then nothing may be written). */
  const secure = (raw: string | null, read: StoredRead): boolean => {
    if (raw === null || released.has(raw) || (read.kind !== 'partial' && read.kind !== 'unreadable')) return true
    const asideKey = keepAside(raw)
    if (!reported.has(raw)) {
      reported.add(raw)
      report({
        kind: read.kind,
        problems: read.problems,
        entryCount: read.entryCount,
        readableCount: read.data.scenarios.length,
        raw,
        asideKey,
      })
    }
    return asideKey !== null
  }

  if (!options.storage) report({ kind: 'unavailable' })

  return {
    read: () => {
      const { raw, read } = locate()
      secure(raw, read)
      return read.data
    },
    write: (change) => {
      const { key, raw, read } = locate()
      if (!secure(raw, read)) return { ok: false, error: { reason: 'blocked-by-unreadable' } }
      const changed = change(read.data)
      if (!changed.ok) return changed
      // Drop expired tombstones and anything a tombstone says is deleted.
      const data = mergeSaved(EMPTY_SAVED, changed.value.next, now())
      try {
        storage.setItem(key, serialiseSaved(data))
      } catch (e) {
        return { ok: false, error: writeFailure(e) }
      }
      return { ok: true, value: { value: changed.value.value, data } }
    },
    asideCopies: () =>
      asideKeys().flatMap((key) => {
        const raw = get(key)
        return raw === null ? [] : [{ key, raw }]
      }),
    releaseAside: (key) => {
      const raw = key.startsWith(UNREADABLE_PREFIX) ? get(key) : null
      if (raw === null) return
      released.add(raw)
      try {
        storage.removeItem(key)
      } catch {
        // Nothing to free.
      }
    },
  }
}
