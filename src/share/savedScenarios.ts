import { clipUserText, normaliseName, quoteUserText } from '../model/userText'
import { savedEntrySchema, type SavedScenario } from './scenarioSchema'

/**
 * Saved scenarios at the edge of localStorage: reading, migrating, merging. Pure functions that
 * never throw; the repository (store/savedScenariosRepository.ts) does the reading and writing.
 * Everything is read entry by entry: one bad part is reported and never hides the good ones.
 */

/** Version of the saved list in localStorage; raise it and add a step to MIGRATIONS when the shape changes. */
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

export interface StoredRead {
  /** empty: nothing stored; ok: all read; partial: some parts could not be read; unreadable: nothing usable; newer: a later version's data. */
  kind: 'empty' | 'ok' | 'partial' | 'unreadable' | 'newer'
  /** What could be used (empty unless ok or partial). */
  data: SavedData
  /** One short line per part that could not be read (or why nothing could). */
  problems: string[]
  /** Scenarios in the stored list, readable or not. */
  entryCount: number
  /** The stored schema version, when it is a number. */
  version?: number
}

let idCounter = 0
/** Unique enough for one person's saves; crypto.randomUUID is missing outside secure contexts. */
export function newId(now: number = Date.now()): string {
  idCounter = (idCounter + 1) % 1_679_616
  return `${now.toString(36)}-${idCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/**
 * Steps from each old version to the next. Version 0 is what zustand's persist writes when no
 * version is set (and what a hand-written list looks like): entries may lack ids and times, and
 * there are no tombstones. Each step takes the previous version's state and returns the next.
 */
const MIGRATIONS = new Map<number, (state: unknown, now: number) => unknown>([
  [
    0,
    (state, now) => {
      const list = Array.isArray(state) ? state : isRecord(state) && Array.isArray(state.scenarios) ? state.scenarios : null
      if (!list) return state
      return {
        scenarios: list.map((e) =>
          isRecord(e)
            ? {
                ...e,
                id: typeof e.id === 'string' && e.id ? e.id : newId(now),
                createdAt: typeof e.createdAt === 'number' ? e.createdAt : now,
                updatedAt: typeof e.updatedAt === 'number' ? e.updatedAt : now,
              }
            : e,
        ),
        deleted: {},
      }
    },
  ],
])

/** Bring a saved state of any earlier version up to SAVED_SCHEMA_VERSION. Never throws. */
export function migrateSavedState(state: unknown, fromVersion: number, now: number = Date.now()): unknown {
  let s = state
  for (let v = Math.max(0, Math.floor(fromVersion)); v < SAVED_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS.get(v)
    if (step) s = step(s, now)
  }
  return s
}

/** "#3 “Base”": how a message names an entry of a list. */
export function describeEntry(raw: unknown, index: number): string {
  const name = isRecord(raw) && typeof raw.name === 'string' ? normaliseName(raw.name) : null
  return name?.ok ? `#${index + 1} ${quoteUserText(clipUserText(name.name))}` : `#${index + 1}`
}

/** Which part of an entry is wrong, in words: "its scenario.tariffPct is missing or not valid". */
export function firstIssuePath(issues: readonly { path: readonly PropertyKey[] }[]): string {
  const path = issues[0]?.path.map(String).join('.')
  return path ? `its ${path} is missing or not valid` : 'it is not a scenario'
}

/** The stored version: a whole number; a numeric string is read as that number (and reported). */
function readVersion(raw: unknown, problems: string[]): number {
  if (raw === undefined) return 0
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw
  const n = typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN
  if (Number.isInteger(n)) {
    problems.push(`its version “${clipUserText(String(raw))}” is text, not a number (read as version ${n})`)
    return n
  }
  problems.push(
    `its version ${clipUserText(JSON.stringify(raw) ?? String(raw))} is not a whole number (read as version ${SAVED_SCHEMA_VERSION})`,
  )
  return SAVED_SCHEMA_VERSION
}

/** Tombstones one by one: a bad one is dropped and named, the rest kept. */
function readDeleted(raw: unknown, problems: string[]): Map<string, number> {
  const deleted = new Map<string, number>()
  if (raw === undefined) return deleted
  if (!isRecord(raw)) {
    problems.push('its list of deletions is not valid (ignored)')
    return deleted
  }
  for (const [id, at] of Object.entries(raw)) {
    if (typeof at === 'number' && Number.isFinite(at)) deleted.set(id, at)
    else problems.push(`the deletion record of ${quoteUserText(clipUserText(id))} is not a time (ignored)`)
  }
  return deleted
}

/** Read the entries of a list one by one. */
export function readEntries(list: readonly unknown[], problems: string[]): SavedScenario[] {
  const scenarios: SavedScenario[] = []
  const ids = new Set<string>()
  list.forEach((rawEntry, i) => {
    const entry = savedEntrySchema.safeParse(rawEntry)
    const name = entry.success ? normaliseName(entry.data.name) : null
    if (!entry.success || !name?.ok || !entry.data.id || ids.has(entry.data.id)) {
      const why = !entry.success ? firstIssuePath(entry.error.issues) : !name?.ok ? 'it has no visible name' : 'its id is empty or repeated'
      problems.push(`${describeEntry(rawEntry, i)}: ${why}`)
      return
    }
    ids.add(entry.data.id)
    scenarios.push({ ...entry.data, name: name.name })
  })
  return scenarios
}

const unreadable = (problem: string, extra: Partial<StoredRead> = {}): StoredRead => ({
  kind: 'unreadable',
  data: EMPTY_SAVED,
  problems: [problem],
  entryCount: 0,
  ...extra,
})

/** Read what localStorage holds under STORAGE_KEY (or BESIDE_KEY). Never throws. */
export function readSavedRaw(raw: string | null, now: number = Date.now()): StoredRead {
  if (raw === null) return { kind: 'empty', data: EMPTY_SAVED, problems: [], entryCount: 0 }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return unreadable('the saved data is not valid JSON')
  }
  if (!isRecord(json) || !('state' in json)) return unreadable('the saved data does not have the expected shape')
  const problems: string[] = []
  const version = readVersion(json.version, problems)
  if (version > SAVED_SCHEMA_VERSION) {
    return {
      kind: 'newer',
      data: EMPTY_SAVED,
      problems: [
        `it comes from a newer version of the dashboard (schema version ${version}; this one reads up to ${SAVED_SCHEMA_VERSION})`,
      ],
      entryCount: 0,
      version,
    }
  }
  const state = migrateSavedState(json.state, version, now)
  if (!isRecord(state) || !Array.isArray(state.scenarios)) return unreadable('the saved data does not have the expected shape', { version })
  const deleted = readDeleted(state.deleted, problems)
  const scenarios = readEntries(state.scenarios, problems)
  return {
    kind: problems.length ? (scenarios.length || state.scenarios.length === 0 ? 'partial' : 'unreadable') : 'ok',
    data: { scenarios, deleted },
    problems,
    entryCount: state.scenarios.length,
    version,
  }
}

/** What is written to localStorage: zustand persist's envelope (so version 1 stays what it was). */
export function serialiseSaved(data: SavedData): string {
  return JSON.stringify({ state: { scenarios: data.scenarios, deleted: Object.fromEntries(data.deleted) }, version: SAVED_SCHEMA_VERSION })
}

/** Tombstones older than this are dropped; a tab left open longer may bring a deleted scenario back. */
const TOMBSTONE_DAYS = 90

/**
 * Two copies of the list → one. By id the later edit wins; a deletion wins over edits made
 * before it. The repository writes what is stored plus one change, so this mostly drops old
 * tombstones and hides what a tombstone says is deleted (an older tab may have written it back).
 */
export function mergeSaved(theirs: SavedData, mine: SavedData, now: number = Date.now()): SavedData {
  const deleted = new Map<string, number>()
  const cutoff = now - TOMBSTONE_DAYS * 86_400_000
  for (const d of [theirs.deleted, mine.deleted]) {
    for (const [id, at] of d) {
      if (at >= cutoff && at > (deleted.get(id) ?? Number.NEGATIVE_INFINITY)) deleted.set(id, at)
    }
  }
  const byId = new Map<string, SavedScenario>()
  for (const e of [...theirs.scenarios, ...mine.scenarios]) {
    const had = byId.get(e.id)
    if (!had || e.updatedAt >= had.updatedAt) byId.set(e.id, e)
  }
  const scenarios = [...byId.values()]
    .filter((e) => {
      const at = deleted.get(e.id)
      if (at === undefined) return true
      if (at >= e.updatedAt) return false
      deleted.delete(e.id) // restored after it was deleted
      return true
    })
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { scenarios, deleted }
}
