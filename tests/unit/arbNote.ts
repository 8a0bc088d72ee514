import fc from 'fast-check'

/** Any note, with any text (normalised by normaliseScenario, which may drop it). */
export const arbNote = fc.oneof(
  fc.record({
    chart: fc.constantFrom('cost-over-time' as const, 'plant-footprint' as const),
    anchor: fc.integer({ min: 2025, max: 2030 }),
    text: fc.string({ unit: 'grapheme', maxLength: 100 }),
  }),
  fc.record({
    chart: fc.constant('tariff-sensitivity' as const),
    anchor: fc.integer({ min: 0, max: 500 }).map((n) => n / 10),
    text: fc.string({ unit: 'binary', maxLength: 100 }),
  }),
  fc.record({
    chart: fc.constantFrom('tariff-cost-by-company' as const, 'what-matters-most' as const),
    anchor: fc.constantFrom('nissan', 'honda', 'combined', 'tariffPct', 'drivetrainsPct'),
    text: fc.string({ maxLength: 100 }),
  }),
)
