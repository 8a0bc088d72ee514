import { breakEven, type BreakEven, type EffectBounds, type HoldPlan } from '../model/breakEven'
import { scenarioCost, type ExposedImports } from '../model/projection'
import { NO_PARTNERSHIP, type PartnershipChoice } from '../model/scenario'
import { formatMoney, formatPct, formatPctApprox } from '../format/format'
import { OPTION_NAMES } from '../format/optionNames'
import { costInputsOf, selectCostInputs, type ScenarioState } from './scenarioStore'
import { keepLast } from './sameFields'

const share = (x: number) => formatPctApprox(x * 100)

function tariffOptionNames(p: PartnershipChoice): string {
  const names = (['drivetrains', 'platforms'] as const).filter((o) => p[o]).map((o) => OPTION_NAMES[o].short)
  return names.join(' and ')
}

/** What Apply did, in words. */
export function appliedText(
  plan: Extract<HoldPlan, { kind: 'reach' | 'short' }>,
  p: PartnershipChoice,
  need: number,
  tariff: string,
): string {
  const parts = [
    ...(p.drivetrains ? [`shared drivetrains to ${formatPct(plan.drivetrainsPct)}`] : []),
    ...(p.platforms ? [`co-developed platforms to ${formatPct(plan.platformsPct)}`] : []),
  ]
  const set = `Set ${parts.join(' and ')} of exposed value`
  return plan.kind === 'reach'
    ? `${set}: ${share(plan.cutShare)} moved at full ramp, enough to hold today’s cost at ${tariff}.`
    : `${set}, the top of ${parts.length > 1 ? 'their ranges' : 'its range'}: ${share(plan.cutShare)} moved, still short of the ${share(need)} needed at ${tariff}.`
}

export interface BreakEvenTexts {
  /** The model's answer for the scenario, computed once for its inputs. */
  result: (s: ScenarioState) => BreakEven
  /** The highest tariff the chosen options absorb. */
  first: (s: ScenarioState) => string
  /** The share that must move at the chosen tariff; null when there is no cost at all. */
  second: (s: ScenarioState) => string | null
  /** Whether the chosen options can move it; null when nothing needs to move. */
  third: (s: ScenarioState) => string | null
  /** Apply has something to set. */
  canApply: (s: ScenarioState) => boolean
}

/**
 * "Break-even" in words, as functions of the scenario (store/liveText follows them through a
 * slider gesture without a render): the highest tariff the chosen partnership absorbs, the share
 * of exposed value that must move to hold today's cost at the chosen tariff, and whether the
 * options can move it.
 */
export function breakEvenTexts(exposed: ExposedImports, bounds: EffectBounds, today: number): BreakEvenTexts {
  const inputsOf = costInputsOf
  const resultOf = keepLast((inputs: ReturnType<typeof selectCostInputs>) => breakEven(inputs, bounds, today))
  const result = (s: ScenarioState) => resultOf(inputsOf(s))
  const todayText = formatPct(today)
  return {
    result,
    first: (s) => {
      const b = result(s)
      const p = s.partnership
      // Today: the published rate with no partnership, under the same assumptions.
      const todayCost = () =>
        formatMoney(
          scenarioCost(exposed, { tariffPct: today, partnership: NO_PARTNERSHIP, startYear: 0, assumptions: s.assumptions }).combined
            .withoutUsd,
          s.currency,
          s.assumptions.fxJpyPerUsd,
        )
      if (s.assumptions.passThroughPct >= 100)
        return 'With all of the tariff passed on to buyers, the companies bear no tariff cost at any rate.'
      if (!(p.drivetrains || p.platforms))
        return `Without shared drivetrains or co-developed platforms nothing moves into North America, so the break-even tariff is today’s ${todayText}.`
      if (!Number.isFinite(b.breakEvenTariffPct))
        return `With ${tariffOptionNames(p)} moving all exposed value, the combined tariff cost never exceeds today’s ${todayCost()}.`
      return `With ${tariffOptionNames(p)} at full ramp (${share(b.cutShare)} of exposed value moved), the combined tariff cost stays at or below today’s ${todayCost()} up to a tariff of ${formatPctApprox(b.breakEvenTariffPct)}.`
    },
    second: (s) => {
      const b = result(s)
      const tariff = formatPct(s.tariffPct)
      if (b.requiredShare > 0)
        return `To hold today’s cost at ${tariff}, ${share(b.requiredShare)} of the tariff-exposed import value must move into North America.`
      return s.assumptions.passThroughPct >= 100
        ? null
        : `At ${tariff} the cost is no higher than at today’s ${todayText}: nothing needs to move.`
    },
    third: (s) => {
      const b = result(s)
      const plan = b.plan
      if (!(b.requiredShare > 0)) return null
      if (plan.kind === 'no-option')
        return `Shared drivetrains and co-developed platforms could move at most ${share(b.maxShareBoth)} with both options at the top of their ranges; switch one on to apply it.`
      if (plan.kind === 'already') return `The options as set already move ${share(plan.cutShare)}: enough.`
      if (plan.kind === 'reach')
        return `The chosen options can reach it within their stated ranges (at most ${share(b.maxShare)} at the top of their ranges).`
      if (plan.kind === 'short')
        return `The chosen options cannot reach it within their stated ranges: at most ${share(b.maxShare)}${
          b.maxShare < b.maxShareBoth ? `; both options at the top of their ranges move at most ${share(b.maxShareBoth)}` : ''
        }.`
      return null
    },
    canApply: (s) => {
      const kind = result(s).plan.kind
      return kind === 'reach' || kind === 'short'
    },
  }
}
