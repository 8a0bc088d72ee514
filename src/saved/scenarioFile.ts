import type { Scenario } from '../model/scenario'
import type { Result } from '../model/result'
import { clipUserText, normaliseName } from '../model/userText'
import { fileEntrySchema, SCENARIO_FILE_FORMAT, type SavedScenario } from '../share/scenarioSchema'
import { describeEntry, firstIssuePath, readSavedRaw } from './readSaved'
import { isRecord, SAVED_SCHEMA_VERSION } from './savedData'

/**
 * Scenario files: what Export writes and what Import reads. Import also takes back the saved
 * list as the app offers it for download ("Download the unreadable data"). Never throws.
 */

/** Version of the exported JSON file. */
export const FILE_SCHEMA_VERSION = 1
/** Larger files are refused before they are read: a thousand scenarios fit in about 600 KB. */
export const IMPORT_MAX_BYTES = 1_000_000

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
  /** Entries (or parts) that were skipped, each with the reason: one short line each. */
  skipped: string[]
  /** Things noticed that did not stop the import (a malformed exportedAt). */
  notes: string[]
}

/** Why a file was not imported at all, and (when it had entries) why each one could not be used. */
export interface FileRefusal {
  why: string
  skipped: string[]
}

const refuse = (why: string, skipped: string[] = []): { ok: false; error: FileRefusal } => ({ ok: false, error: { why, skipped } })

/** The saved list as downloaded ("Download the unreadable data"): read it as localStorage would be. */
function parseStoredCopy(text: string): Result<FileReading, FileRefusal> {
  const read = readSavedRaw(text)
  if (read.kind === 'newer')
    return refuse(
      `it was made by a newer version of the dashboard (schema version ${read.version}; this one reads up to ${SAVED_SCHEMA_VERSION})`,
    )
  const entries = read.data.scenarios.map((e) => ({ name: e.name, scenario: e.scenario }))
  if (entries.length === 0) {
    return read.entryCount
      ? refuse(`none of its ${read.entryCount} saved scenarios could be read`, read.problems)
      : refuse(read.problems[0] ?? 'it holds no scenarios')
  }
  return { ok: true, value: { entries, skipped: read.problems, notes: [] } }
}

/**
 * Read an imported file's text: an exported file, or a saved list as the app offers it for
 * download. Fails as a whole only when nothing in it can be used.
 */
export function parseScenarioFile(text: string): Result<FileReading, FileRefusal> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return refuse('it is not a JSON file')
  }
  if (isRecord(json) && !('format' in json) && 'state' in json) return parseStoredCopy(text)
  if (!isRecord(json) || json.format !== SCENARIO_FILE_FORMAT) {
    return refuse(`it is not a scenarios file from this dashboard (no "format": "${SCENARIO_FILE_FORMAT}")`)
  }
  const version = json.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version)) return refuse('its "schemaVersion" is missing or not a whole number')
  if (version > FILE_SCHEMA_VERSION) {
    return refuse(
      `it was made by a newer version of the dashboard (schema version ${version}; this one reads up to ${FILE_SCHEMA_VERSION})`,
    )
  }
  if (version < 1) return refuse(`its "schemaVersion" ${version} is not a version of this format (versions start at 1)`)
  if (!Array.isArray(json.scenarios)) return refuse('its "scenarios" list is missing or not a list')
  const notes: string[] = []
  const at = json.exportedAt
  if (at !== undefined && (typeof at !== 'string' || Number.isNaN(Date.parse(at)))) {
    notes.push(`its "exportedAt" ${clipUserText(JSON.stringify(at) ?? String(at))} is not a date (ignored)`)
  }
  const entries: FileReading['entries'] = []
  const skipped: string[] = []
  json.scenarios.forEach((raw: unknown, i: number) => {
    const entry = fileEntrySchema.safeParse(raw)
    const name = entry.success ? normaliseName(entry.data.name) : null
    if (!entry.success) skipped.push(`${describeEntry(raw, i)}: ${firstIssuePath(entry.error.issues)}`)
    else if (!name?.ok) skipped.push(`${describeEntry(raw, i)}: it has no visible name`)
    else entries.push({ name: name.value.name, scenario: entry.data.scenario })
  })
  if (entries.length === 0) {
    return json.scenarios.length
      ? refuse(`none of its ${json.scenarios.length} scenarios could be used`, skipped)
      : refuse('it holds no scenarios')
  }
  return { ok: true, value: { entries, skipped, notes } }
}
