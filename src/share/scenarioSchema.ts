import {
  array,
  boolean,
  int,
  literal,
  number,
  object,
  optional,
  record,
  string,
  unknown,
  enum as oneOf,
  type infer as Infer,
} from 'zod/mini'
import type { Scenario } from '../model/scenario'

/**
 * The one schema for a scenario that arrives from outside: a link (field by field, see
 * scenarioUrl.ts), the saved list in localStorage and an imported file. It checks types only;
 * ranges come from the baseline at run time and are applied by `normaliseScenario`, so a
 * later app with wider ranges still reads what an earlier one saved.
 */

// zod 4 numbers already reject NaN and ±Infinity.
const finite = () => number()
const wholeNumber = () => number().check(int())

export const currencySchema = oneOf(['USD', 'JPY'])
export const partnershipOptionSchema = oneOf(['software', 'drivetrains', 'platforms'])

export const scenarioSchema = object({
  tariffPct: finite(),
  partnership: object({ software: boolean(), drivetrains: boolean(), platforms: boolean() }),
  startYear: wholeNumber(),
  currency: currencySchema,
  assumptions: object({
    fxJpyPerUsd: finite(),
    passThroughPct: finite(),
    drivetrainsPct: finite(),
    drivetrainsRampYears: finite(),
    platformsPct: finite(),
    platformsRampYears: finite(),
    softwareSavingUsd: finite(),
    softwareRampYears: finite(),
    vehicleValueUsd: finite(),
  }),
})

// If Scenario gains a field the schema lacks (or the other way round), this stops compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const schemaMatchesScenario: Same<Infer<typeof scenarioSchema>, Scenario> = true
void schemaMatchesScenario

/** Saved scenario names: what a person types, trimmed; long names are cut, not refused. */
export const NAME_MAX_LENGTH = 80

/** One saved scenario as kept in localStorage (schema version 1). */
export const savedEntrySchema = object({
  id: string(),
  name: string(),
  /** Milliseconds since 1970. */
  createdAt: finite(),
  updatedAt: finite(),
  scenario: scenarioSchema,
})
export type SavedScenario = Infer<typeof savedEntrySchema>

/** What the store persists: entries are parsed one by one so one bad entry does not hide the rest. */
export const savedStateSchema = object({
  scenarios: array(unknown()),
  /** Tombstones: id → when it was deleted (ms), so a tab that still has it does not bring it back. */
  deleted: optional(record(string(), finite())),
})

/** zustand persist's envelope around the state. */
export const persistEnvelopeSchema = object({ state: unknown(), version: optional(wholeNumber()) })

export const SCENARIO_FILE_FORMAT = 'honda-nissan-tariff-scenarios'

/** An exported file: `{ format, schemaVersion, exportedAt, scenarios: [{ name, scenario }] }`. */
export const scenarioFileSchema = object({
  format: literal(SCENARIO_FILE_FORMAT),
  schemaVersion: wholeNumber(),
  exportedAt: optional(string()),
  scenarios: array(unknown()),
})

export const fileEntrySchema = object({
  name: string(),
  scenario: scenarioSchema,
})

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string }

/** Trim, drop control characters, collapse spaces, cut to the maximum length. Empty means "no name". */
export function cleanName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const s = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim()
  return Array.from(s).slice(0, NAME_MAX_LENGTH).join('').trim()
}

/** "Base case" taken → "Base case (2)", then "(3)"… Names are compared without case. */
export function uniqueName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set(Array.from(taken, (n) => n.toLowerCase()))
  if (!lower.has(wanted.toLowerCase())) return wanted
  const stem = wanted.replace(/ \(\d+\)$/, '')
  for (let i = 2; ; i++) {
    const candidate = `${Array.from(stem).slice(0, NAME_MAX_LENGTH - 6).join('')} (${i})`
    if (!lower.has(candidate.toLowerCase())) return candidate
  }
}

/** Safe to show in a message: no control characters, at most `max` characters. */
export function clip(raw: string, max = 40): string {
  // eslint-disable-next-line no-control-regex
  const s = raw.replace(/[\u0000-\u001f\u007f]/g, ' ')
  const chars = Array.from(s)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s
}
