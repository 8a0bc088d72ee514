import type { Scenario } from '../model/scenario'
import type { ScenarioLimits } from '../data/publishedScenario'
import { normaliseScenario } from '../model/scenarioRules'
import { NUMBER_PARAMS } from './scenarioUrl'

/**
 * A scenario from a file, brought into the dashboard's ranges, and each value that moved said
 * the way a link's are: "tariff 99% is outside 0%–50% (used 50%)".
 */
export function fitScenario(raw: Scenario, limits: ScenarioLimits, published: Scenario): { scenario: Scenario; adjusted: string[] } {
  const scenario = normaliseScenario(raw, limits, published)
  const adjusted: string[] = []
  for (const { key, label, show } of NUMBER_PARAMS) {
    const was = key === 'tariffPct' || key === 'startYear' ? raw[key] : raw.assumptions[key]
    const now = key === 'tariffPct' || key === 'startYear' ? scenario[key] : scenario.assumptions[key]
    if (was === now) continue
    const r = key === 'tariffPct' ? limits.tariffPct : key === 'startYear' ? limits.startYear : limits.assumptions[key]
    adjusted.push(
      was < r.min || was > r.max
        ? `${label} ${show(was)} is outside ${show(r.min)}–${show(r.max)} (used ${show(now)})`
        : `${label} ${show(was)} is between steps (used ${show(now)})`,
    )
  }
  return { scenario, adjusted }
}
