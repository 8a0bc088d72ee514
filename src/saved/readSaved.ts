import { clipUserText, normaliseName, quoteUserText } from '../model/userText'
import { savedEntrySchema, type SavedScenario } from '../share/scenarioSchema'
import { EMPTY_SAVED, isRecord, SAVED_SCHEMA_VERSION, type SavedData } from './savedData'
import { migrateSavedState } from './migrateSaved'

/**
 * Saved scenarios at the edge of localStorage: reading and writing the stored text. Pure functions
 * that never throw; the repository (savedScenariosRepository.ts) does the storage calls.
 * Everything is read entry by entry: one bad part is reported and never hides the good ones.
 */

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

/** "#3 “Base”": how a message names an entry of a list. */
export function describeEntry(raw: unknown, index: number): string {
  const name = isRecord(raw) && typeof raw.name === 'string' ? normaliseName(raw.name) : null
  return name?.ok ? `#${index + 1} ${quoteUserText(clipUserText(name.value.name))}` : `#${index + 1}`
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
    scenarios.push({ ...entry.data, name: name.value.name })
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
