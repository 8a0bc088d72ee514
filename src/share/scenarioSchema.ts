import { _default, array, boolean, readonly, union, int, number, object, string, enum as oneOf, type infer as Infer } from 'zod/mini'
import { PARTNERSHIP_OPTIONS, type Scenario } from '../model/scenario'
import { NOTE_CHARTS } from '../model/notes'

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
export const partnershipOptionSchema = oneOf(PARTNERSHIP_OPTIONS)

/** Notes on charts (#9). Optional with an empty default: saves and files from before notes still read. */
export const noteSchema = object({
  chart: oneOf(NOTE_CHARTS),
  anchor: union([finite(), string()]),
  text: string(),
})
const notesSchema = _default(readonly(array(noteSchema)), [])

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
  notes: notesSchema,
})

// If Scenario gains a field the schema lacks (or the other way round), this stops compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const schemaMatchesScenario: Same<Infer<typeof scenarioSchema>, Scenario> = true
void schemaMatchesScenario

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

export const SCENARIO_FILE_FORMAT = 'honda-nissan-tariff-scenarios'

export const fileEntrySchema = object({
  name: string(),
  scenario: scenarioSchema,
})

/** Safe to show in a message: no control characters, at most `max` characters. */
export function clip(raw: string, max = 40): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they become a space
  const s = raw.replace(/[\u0000-\u001f\u007f]/g, ' ')
  const chars = Array.from(s)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s
}
