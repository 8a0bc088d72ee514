import { z } from 'zod'

/**
 * The shape of public/data/baseline.json. Parsed in the query function, so a broken file fails
 * the query (and shows the error panel) instead of reaching a chart.
 */
const sourced = z.object({ value: z.number().finite(), source: z.string(), note: z.string().optional() })
const datedCount = sourced.extend({ year: z.number().int() })

const range = z
  .object({
    default: z.number().finite(),
    min: z.number().finite(),
    max: z.number().finite(),
    step: z.number().positive(),
    why: z.string().min(1),
  })
  .refine((r) => r.min <= r.default && r.default <= r.max, 'default must lie within min and max')

const plant = z.object({
  company: z.enum(['Nissan', 'Honda']),
  name: z.string().min(1),
  location: z.string().min(1),
  kind: z.string().min(1),
  since: z.number().int().optional(),
  capacityPerYear: z.number().positive().optional(),
  capacityDated: z.boolean().optional(),
  closing: z.string().optional(),
  source: z.string(),
  capacitySource: z.string().optional(),
})

export const baselineSchema = z
  .object({
    schemaVersion: z.literal(1),
    sources: z.array(z.object({ id: z.string(), label: z.string(), note: z.string().optional() })).min(1),
    published: z.object({
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
    context: z.array(z.object({ text: z.string(), source: z.string() })),
    nissanClosures: z.array(
      z.object({ plant: z.string(), by: z.string(), fiscalYearEnd: z.number().int(), source: z.string() }),
    ),
    plants: z.array(plant).min(1),
    assumptions: z.object({
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
    defaults: z.object({
      tariffPct: z.number().min(0).max(50),
      startYear: z.number().int(),
      startYearMin: z.number().int(),
      startYearMax: z.number().int(),
      currency: z.enum(['USD', 'JPY']),
    }),
  })
  .superRefine((b, ctx) => {
    // Every source a figure names must be listed, or the page would cite nothing.
    const ids = new Set(b.sources.map((s) => s.id))
    const cited = [
      ...Object.values(b.published).map((p) => p.source),
      ...b.context.map((c) => c.source),
      ...b.nissanClosures.map((c) => c.source),
      ...b.plants.flatMap((p) => [p.source, ...(p.capacitySource ? [p.capacitySource] : [])]),
    ]
    for (const id of cited) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `unknown source "${id}"` })
    }
  })

export type Baseline = z.infer<typeof baselineSchema>
export type Plant = Baseline['plants'][number]
export type AssumptionRange = Baseline['assumptions']['fxJpyPerUsd']

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string }

export function parseBaseline(raw: unknown): ParseResult<Baseline> {
  const r = baselineSchema.safeParse(raw)
  if (r.success) return { ok: true, value: r.data }
  const first = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
  return { ok: false, error: first.join('; ') }
}
