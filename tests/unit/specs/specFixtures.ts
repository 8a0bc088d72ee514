import { exposedImports, publishedRates, publishedScenario } from '../../../src/data/publishedScenario'
import { toCsv, type CsvTable } from '../../../src/charts/csv'
import type { Scenario } from '../../../src/model/scenario'
import { shippedBaseline } from '../fixtures'

/** The shipped baseline and the published settings (15%, no partnership, USD), as the app reads them. */
export const baseline = shippedBaseline()
export const exposed = exposedImports(baseline)
export const published = publishedScenario(baseline)
export const rates = publishedRates(baseline)
export const bounds = baseline.assumptions
export const FX = published.assumptions.fxJpyPerUsd

/** The other setting every spec is pinned at: a 25% tariff with shared drivetrains and co-developed platforms from 2027. */
export const WHAT_IF: Scenario = { ...published, tariffPct: 25, partnership: { software: false, drivetrains: true, platforms: true } }

/** A CSV table as the downloaded file's lines, without the final line break. */
export const csvLines = (table: CsvTable) => toCsv(table).split('\r\n').slice(0, -1)
