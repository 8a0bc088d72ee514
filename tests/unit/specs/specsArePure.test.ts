import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The spec convention (ARCHITECTURE.md, "Chart specs"): a spec is pure TypeScript. It imports the
 * model, the formatter, data types (and the pure published-scenario module) and the charts' pure
 * modules, never React, Recharts, a store or a hook, so it runs in a unit test as it runs in the app.
 */
const DIR = 'src/charts/specs'
const ALLOWED = [
  /^\.\.\/\.\.\/model\//,
  /^\.\.\/\.\.\/format\//,
  /^\.\.\/\.\.\/data\/(baselineSchema|publishedScenario)$/,
  /^\.\.\/(csv|palette|chartMeta)$/,
  /^\.\/[\w-]+$/,
]
// Type-only imports of a component's types are fine (LegendItem).
const TYPE_ONLY_ALLOWED = [/^\.\.\/ChartLegend$/]

const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'))

describe('chart specs', () => {
  it('are the four charts of this folder and their shared parts', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'tariff-cost-by-company.ts',
        'tariff-sensitivity.ts',
        'cost-over-time.ts',
        'plant-footprint.ts',
        'tariffAxis.ts',
      ]),
    )
  })

  it.each(files)('%s imports only pure modules', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8')
    const imports = [...text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].map((m) => ({ typeOnly: !!m[1], from: m[2]! }))
    expect(imports.length).toBeGreaterThan(0)
    const bad = imports.filter(
      ({ typeOnly, from }) => !ALLOWED.some((r) => r.test(from)) && !(typeOnly && TYPE_ONLY_ALLOWED.some((r) => r.test(from))),
    )
    expect(bad).toEqual([])
  })
})
