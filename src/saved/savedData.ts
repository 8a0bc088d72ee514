import type { SavedScenario } from '../share/scenarioSchema'

/**
 * The saved list's shape, keys and limits: what the repository stores, the reader reads and the
 * store shows.
 */

/** Version of the saved list in localStorage; raise it and add a step to MIGRATIONS (migrateSaved.ts) when the shape changes. */
export const SAVED_SCHEMA_VERSION = 1

export const STORAGE_KEY = 'hn-dashboard:scenarios'
export const UNREADABLE_PREFIX = `${STORAGE_KEY}:unreadable:`
/**
 * Where this version keeps its list when STORAGE_KEY holds a newer version's data: that data is
 * never written over, so a newer app still finds it where it left it.
 */
export const BESIDE_KEY = `${STORAGE_KEY}:v${SAVED_SCHEMA_VERSION}`
/** At most this many saved scenarios: the list, Compare and storage stay quick and within quota. */
export const MAX_SAVED = 1_000

export interface SavedData {
  scenarios: readonly SavedScenario[]
  /** Tombstones, id → when deleted (ms): a tab that still has the scenario does not bring it back. A Map, so any id works. */
  deleted: ReadonlyMap<string, number>
}

export const EMPTY_SAVED: SavedData = { scenarios: [], deleted: new Map() }

let idCounter = 0
/** Unique enough for one person's saves; crypto.randomUUID is missing outside secure contexts. */
export function newId(now: number = Date.now()): string {
  idCounter = (idCounter + 1) % 1_679_616
  return `${now.toString(36)}-${idCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}
