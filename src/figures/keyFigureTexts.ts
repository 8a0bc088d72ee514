import { scenarioCost, type ExposedImports, type ScenarioCost } from '../model/projection'
import { keyFigureBands, type Band, type KeyFigureBands } from '../model/bands'
import type { AssumptionBounds } from '../model/ranges'
import { BASELINE_TARIFF_PCT } from '../model/tariffCost'
import { formatMoney, formatPct } from '../format/format'
import { costInputsOf, selectCostInputs, type ScenarioState } from '../store/scenarioStore'
import { keepLast } from '../store/sameFields'

/** One text of the key figures, from the scenario (see store/liveText). */
export type FigureText = (s: ScenarioState) => string

export interface KeyFigureTexts {
  nissan: FigureText
  honda: FigureText
  combined: FigureText
  saving: FigureText
  costNote: FigureText
  savingNote: FigureText
  /** "Of which tariff …, development …": shown when both kinds of saving are chosen. */
  breakdown: FigureText
  ranges: Record<keyof KeyFigureBands, FigureText>
}

/** The band under a figure: what the assumptions' stated ranges allow (model/bands). */
function rangeText(band: Band, money: (usd: number) => string): string {
  const low = money(band.low)
  const high = money(band.high)
  return low === high ? 'the stated assumption ranges do not move it' : `range ${low}–${high} with the stated assumption ranges`
}

/**
 * The key figures' texts as functions of the scenario. The cost and the bands are computed once for
 * a scenario and shared by the texts that read them.
 */
export function keyFigureTexts(exposed: ExposedImports, bounds: AssumptionBounds, preTradeWarPct: number): KeyFigureTexts {
  const costOf = keepLast((inputs: ReturnType<typeof selectCostInputs>): ScenarioCost => scenarioCost(exposed, inputs))
  const bandsOf = keepLast((k: { inputs: ReturnType<typeof selectCostInputs>; currency: ScenarioState['currency'] }) =>
    keyFigureBands(exposed, k.inputs, bounds, k.currency),
  )
  // The same inputs object for the same fields, so that the memos above compare cheaply.
  const inputsOf = costInputsOf
  const cost = (s: ScenarioState) => costOf(inputsOf(s))
  const money = (s: ScenarioState) => (usd: number) => formatMoney(usd, s.currency, s.assumptions.fxJpyPerUsd)
  const range =
    (key: keyof KeyFigureBands): FigureText =>
    (s) =>
      rangeText(bandsOf({ inputs: inputsOf(s), currency: s.currency })[key], money(s))
  const preWar = formatPct(preTradeWarPct)
  return {
    nissan: (s) => money(s)(cost(s).nissan.withoutUsd),
    honda: (s) => money(s)(cost(s).honda.withoutUsd),
    combined: (s) => money(s)(cost(s).combined.withoutUsd),
    saving: (s) => money(s)(cost(s).combined.savingUsd),
    costNote: (s) =>
      s.tariffPct <= BASELINE_TARIFF_PCT
        ? `a year at ${formatPct(s.tariffPct)}: at or under the pre-trade-war ${preWar}`
        : `a year at ${formatPct(s.tariffPct)}, over the pre-trade-war ${preWar}`,
    savingNote: (s) => {
      const p = s.partnership
      return p.software || p.drivetrains || p.platforms ? `a year at full ramp (from ${s.startYear})` : 'switch on a partnership option'
    },
    breakdown: (s) => {
      const c = cost(s).combined
      const p = s.partnership
      const parts = [
        ...(p.drivetrains || p.platforms ? [`tariff ${money(s)(c.drivetrainsSavingUsd + c.platformsSavingUsd)}`] : []),
        ...(p.software ? [`development ${money(s)(c.softwareSavingUsd)}`] : []),
      ]
      return `Of which ${parts.join(', ')}`
    },
    ranges: { nissan: range('nissan'), honda: range('honda'), combined: range('combined'), saving: range('saving') },
  }
}
