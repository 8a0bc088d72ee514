import type { Scenario } from '../model/scenario'
import {
  cleanName,
  clip,
  fileEntrySchema,
  persistEnvelopeSchema,
  savedEntrySchema,
  savedStateSchema,
  scenarioFileSchema,
  SCENARIO_FILE_FORMAT,
  type ParseResult,
  type SavedScenario,
} from './scenarioSchema'

/**
 * Saved scenarios at the edges: what localStorage holds, what a file holds, and how two copies
 * of the list (two tabs) are merged. Pure functions; the store (store/savedScenariosStore.ts)
 * does the reading and writing.
 */

/** Version of the saved list in localStorage; raise it and add a step to MIGRATIONS when the shape changes. */
export const SAVED_SCHEMA_VERSION = 1
/** Version of the exported JSON file. */
export const FILE_SCHEMA_VERSION = 1

export const STORAGE_KEY = 'hn-dashboard:scenarios'
export const UNREADABLE_PREFIX = `${STORAGE_KEY}:unreadable:`
/** Larger files are refused before they are read: a thousand scenarios fit in about 600 KB. */
export const IMPORT_MAX_BYTES = 1_000_000

export interface SavedData {
  scenarios: SavedScenario[]
  /** Tombstones, id → when deleted (ms): a tab that still has the scenario does not bring it back. */
  deleted: Record<string, number>
}

export const EMPTY_SAVED: SavedData = { scenarios: [], deleted: {} }

export type StoredRead =
  | { kind: 'empty' }
  | { kind: 'ok'; data: SavedData }
  /** Some entries could not be read: the rest is usable; the original must be kept aside. */
  | { kind: 'partial'; data: SavedData; problem: string }
  /** Nothing usable: keep the original aside and start from an empty list. */
  | { kind: 'unreadable'; problem: string }

let idCounter = 0
/** Unique enough for one person's saves; crypto.randomUUID is missing outside secure contexts. */
export function newId(now: number = Date.now()): string {
  idCounter = (idCounter + 1) % 1_679_616
  return `${now.toString(36)}-${idCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

/**
 * Steps from each old version to the next. Version 0 is what zustand's persist writes when no
 * version is set (and what a hand-written list looks like): entries may lack ids and times, and
 * there are no tombstones. Each step takes the previous version's state and returns the next.
 */
const MIGRATIONS: Record<number, (state: unknown, now: number) => unknown> = {
  0: (state, now) => {
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
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

/** Bring a saved state of any earlier version up to SAVED_SCHEMA_VERSION. Never throws. */
export function migrateSavedState(state: unknown, fromVersion: number, now: number = Date.now()): unknown {
  let s = state
  for (let v = Math.max(0, Math.floor(fromVersion)); v < SAVED_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (step) s = step(s, now)
  }
  return s
}

function describeEntry(raw: unknown, index: number): string {
  const name = isRecord(raw) && typeof raw.name === 'string' && raw.name.trim() ? ` “${clip(raw.name.trim())}”` : ''
  return `#${index + 1}${name}`
}

/** Which part of an entry is wrong, in words: "scenario.tariffPct". */
function firstIssuePath(issues: readonly { path: readonly PropertyKey[] }[]): string {
  const path = issues[0]?.path.map(String).join('.')
  return path ? `its ${path} is missing or not valid` : 'it is not a scenario'
}

/** Read what localStorage holds under STORAGE_KEY. Never throws. */
export function readSavedRaw(raw: string | null, now: number = Date.now()): StoredRead {
  if (raw === null) return { kind: 'empty' }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { kind: 'unreadable', problem: 'the saved data is not valid JSON' }
  }
  const envelope = persistEnvelopeSchema.safeParse(json)
  if (!envelope.success) return { kind: 'unreadable', problem: 'the saved data does not have the expected shape' }
  const version = envelope.data.version ?? 0
  if (version > SAVED_SCHEMA_VERSION) {
    return {
      kind: 'unreadable',
      problem: `the saved data comes from a newer version of the dashboard (schema version ${version}; this one reads up to ${SAVED_SCHEMA_VERSION})`,
    }
  }
  const state = savedStateSchema.safeParse(migrateSavedState(envelope.data.state, version, now))
  if (!state.success) return { kind: 'unreadable', problem: 'the saved data does not have the expected shape' }
  const scenarios: SavedScenario[] = []
  const bad: string[] = []
  const ids = new Set<string>()
  state.data.scenarios.forEach((rawEntry, i) => {
    const entry = savedEntrySchema.safeParse(rawEntry)
    const name = entry.success ? cleanName(entry.data.name) : ''
    if (!entry.success || !name || !entry.data.id || ids.has(entry.data.id)) {
      bad.push(`${describeEntry(rawEntry, i)} (${entry.success ? 'no name or a repeated id' : firstIssuePath(entry.error.issues)})`)
      return
    }
    ids.add(entry.data.id)
    scenarios.push({ ...entry.data, name })
  })
  const data = { scenarios, deleted: state.data.deleted ?? {} }
  if (bad.length === 0) return { kind: 'ok', data }
  const count = state.data.scenarios.length
  return {
    kind: 'partial',
    data,
    problem: `${bad.length} of ${count} saved scenario${count === 1 ? '' : 's'} could not be read: ${bad.join('; ')}`,
  }
}

/** What is written to localStorage: zustand persist's envelope. */
export function serialiseSaved(data: SavedData): string {
  return JSON.stringify({ state: data, version: SAVED_SCHEMA_VERSION })
}

/** Tombstones older than this are dropped; a tab left open longer may bring a deleted scenario back. */
const TOMBSTONE_DAYS = 90

/**
 * Two copies of the list (this tab's and what another tab wrote) → one. By id the later edit
 * wins; a deletion wins over edits made before it. Nothing either side saved is dropped otherwise.
 */
export function mergeSaved(theirs: SavedData, mine: SavedData, now: number = Date.now()): SavedData {
  const deleted: Record<string, number> = {}
  const cutoff = now - TOMBSTONE_DAYS * 86_400_000
  for (const d of [theirs.deleted, mine.deleted]) {
    for (const [id, at] of Object.entries(d)) {
      if (at >= cutoff && at > (deleted[id] ?? Number.NEGATIVE_INFINITY)) deleted[id] = at
    }
  }
  const byId = new Map<string, SavedScenario>()
  for (const e of [...theirs.scenarios, ...mine.scenarios]) {
    const had = byId.get(e.id)
    if (!had || e.updatedAt >= had.updatedAt) byId.set(e.id, e)
  }
  const scenarios = [...byId.values()]
    .filter((e) => {
      const at = deleted[e.id]
      if (at === undefined) return true
      if (at >= e.updatedAt) return false
      delete deleted[e.id] // restored after it was deleted
      return true
    })
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { scenarios, deleted }
}

/** The JSON file for export: one or many scenarios, with the format and schema version inside. */
export function scenarioFileText(entries: readonly Pick<SavedScenario, 'name' | 'scenario'>[], exportedAt: Date): string {
  return `${JSON.stringify(
    {
      format: SCENARIO_FILE_FORMAT,
      schemaVersion: FILE_SCHEMA_VERSION,
      exportedAt: exportedAt.toISOString(),
      scenarios: entries.map((e) => ({ name: e.name, scenario: e.scenario })),
    },
    null,
    2,
  )}\n`
}

export interface FileReading {
  entries: { name: string; scenario: Scenario }[]
  /** Entries that were skipped, each with the reason. */
  skipped: string[]
}

/** Read an imported file's text. Fails as a whole only when nothing in it can be used. */
export function parseScenarioFile(text: string): ParseResult<FileReading> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, error: 'it is not a JSON file' }
  }
  if (!isRecord(json) || json.format !== SCENARIO_FILE_FORMAT) {
    return { ok: false, error: `it is not a scenarios file from this dashboard (no "format": "${SCENARIO_FILE_FORMAT}")` }
  }
  const file = scenarioFileSchema.safeParse(json)
  if (!file.success) return { ok: false, error: 'its "schemaVersion" or "scenarios" list is missing or not valid' }
  if (file.data.schemaVersion > FILE_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `it was made by a newer version of the dashboard (schema version ${file.data.schemaVersion}; this one reads up to ${FILE_SCHEMA_VERSION})`,
    }
  }
  const entries: FileReading['entries'] = []
  const skipped: string[] = []
  file.data.scenarios.forEach((raw, i) => {
    const entry = fileEntrySchema.safeParse(raw)
    const name = entry.success ? cleanName(entry.data.name) : ''
    if (!entry.success) skipped.push(`${describeEntry(raw, i)}: ${firstIssuePath(entry.error.issues)}`)
    else if (!name) skipped.push(`${describeEntry(raw, i)}: it has no name`)
    else entries.push({ name, scenario: entry.data.scenario })
  })
  if (entries.length === 0) {
    return { ok: false, error: file.data.scenarios.length ? `none of its scenarios could be used: ${skipped.join('; ')}` : 'it holds no scenarios' }
  }
  return { ok: true, value: { entries, skipped } }
}
