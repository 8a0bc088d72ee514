import {
  array,
  boolean,
  extend,
  int,
  literal,
  minLength,
  number,
  object,
  optional,
  positive,
  refine,
  string,
  enum as oneOf,
  type infer as Infer,
} from 'zod/mini'
import type { Result } from '../model/result'

/**
 * The shape of public/data/baseline.json. Parsed in the query function, so a broken file fails
 * the query (and shows the error panel) instead of reaching a chart. zod/mini with named imports
 * keeps the validator to a few KB of the initial bundle.
 */
const text = () => string().check(minLength(1))
// zod 4 numbers already reject Infinity and NaN.
const num = () => number()
const wholeNumber = () => number().check(int())
const sourced = object({ value: num(), source: string(), note: optional(string()) })
const datedCount = extend(sourced, { year: wholeNumber() })

const range = object({
  default: num(),
  min: num(),
  max: num(),
  step: number().check(positive()),
  why: text(),
}).check(refine((r) => r.min <= r.default && r.default <= r.max, 'default must lie within min and max'))

const plant = object({
  company: oneOf(['Nissan', 'Honda']),
  name: text(),
  location: text(),
  kind: text(),
  since: optional(wholeNumber()),
  capacityPerYear: optional(number().check(positive())),
  capacityDated: optional(boolean()),
  closing: optional(string()),
  source: string(),
  capacitySource: optional(string()),
  note: optional(string()),
  noteSource: optional(string()),
})

export const baselineSchema = object({
  schemaVersion: literal(1),
  sources: array(object({ id: string(), label: string(), note: optional(string()) })).check(minLength(1)),
  published: object({
    currentTariffPct: sourced,
    preTradeWarTariffPct: sourced,
    april2025TariffPct: sourced,
    nissanLossUsd: sourced,
    hondaLossUsd: sourced,
    hondaLossJpy: sourced,
    nissanGlobalPlantsNow: datedCount,
    nissanGlobalPlantsTarget: datedCount,
    nissanJobCuts: sourced,
  }),
  context: array(object({ text: string(), source: string() })),
  nissanClosures: array(object({ plant: string(), by: string(), fiscalYearEnd: wholeNumber(), source: string() })),
  plants: array(plant).check(minLength(1)),
  assumptions: object({
    fxJpyPerUsd: range,
    passThroughPct: range,
    drivetrainsPct: range,
    drivetrainsRampYears: range,
    platformsPct: range,
    platformsRampYears: range,
    softwareSavingUsd: range,
    softwareRampYears: range,
    vehicleValueUsd: range,
  }),
  defaults: object({
    tariffPct: number().check(refine((x) => x >= 0 && x <= 50, 'must be 0–50')),
    startYear: wholeNumber(),
    startYearMin: wholeNumber(),
    startYearMax: wholeNumber(),
    currency: oneOf(['USD', 'JPY']),
  }),
}).check(
  // Every source a figure names must be listed, or the page would cite nothing.
  refine((b) => {
    const ids = new Set(b.sources.map((s) => s.id))
    const cited = [
      ...Object.values(b.published).map((p) => p.source),
      ...b.context.map((c) => c.source),
      ...b.nissanClosures.map((c) => c.source),
      ...b.plants.flatMap((p) => [p.source, p.capacitySource, p.noteSource].filter((id): id is string => id !== undefined)),
    ]
    return cited.every((id) => ids.has(id))
  }, 'a figure cites a source that is not listed'),
)

export type Baseline = Infer<typeof baselineSchema>
export type Plant = Baseline['plants'][number]

export function parseBaseline(raw: unknown): Result<Baseline> {
  const r = baselineSchema.safeParse(raw)
  if (r.success) return { ok: true, value: r.data }
  const first = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
  return { ok: false, error: first.join('; ') }
}
