import { useId, useState } from 'react'
import { useBreakEven, useTodayTariffPct } from '../store/answers'
import { useMoneyFormatters } from '../store/derived'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { pickScenario, selectAssumptions, selectPartnership, selectTariffPct } from '../store/scenarioStore'
import { useExposedImports } from '../data/useBaseline'
import { formatPct, formatPctApprox } from '../format/format'
import { OPTION_NAMES } from '../format/optionNames'
import type { HoldPlan } from '../model/breakEven'
import { NO_PARTNERSHIP, type PartnershipChoice } from '../model/scenario'
import { scenarioCost } from '../model/projection'

const share = (x: number) => formatPctApprox(x * 100)

function tariffOptionNames(p: PartnershipChoice): string {
  const names = (['drivetrains', 'platforms'] as const).filter((o) => p[o]).map((o) => OPTION_NAMES[o].short)
  return names.join(' and ')
}

/** What Apply did, in words. */
function appliedText(plan: Extract<HoldPlan, { kind: 'reach' | 'short' }>, p: PartnershipChoice, need: number, tariff: string): string {
  const parts = [
    ...(p.drivetrains ? [`shared drivetrains to ${formatPct(plan.drivetrainsPct)}`] : []),
    ...(p.platforms ? [`co-developed platforms to ${formatPct(plan.platformsPct)}`] : []),
  ]
  const set = `Set ${parts.join(' and ')} of exposed value`
  return plan.kind === 'reach'
    ? `${set}: ${share(plan.cutShare)} moved at full ramp, enough to hold today’s cost at ${tariff}.`
    : `${set}, the top of ${parts.length > 1 ? 'their ranges' : 'its range'}: ${share(plan.cutShare)} moved, still short of the ${share(need)} needed at ${tariff}.`
}

/**
 * "Break-even": the highest tariff the chosen partnership absorbs, the share of exposed value that
 * must move to hold today's cost at the chosen tariff, and whether the options can move it.
 */
export function BreakEvenPanel() {
  const id = useId()
  const b = useBreakEven()
  const today = useTodayTariffPct()
  const tariffPct = useScenario(selectTariffPct)
  const partnership = useScenario(selectPartnership)
  const assumptions = useScenario(selectAssumptions)
  const store = useScenarioStoreApi()
  const exposed = useExposedImports()
  const { money } = useMoneyFormatters()
  const [applied, setApplied] = useState<string | null>(null)

  // Today: the published rate with no partnership, under the same assumptions.
  const todayCost = money(
    scenarioCost(exposed, { tariffPct: today, partnership: NO_PARTNERSHIP, startYear: 0, assumptions }).combined.withoutUsd,
  )
  const tariff = formatPct(tariffPct)
  const todayText = formatPct(today)
  const hasTariffOption = partnership.drivetrains || partnership.platforms
  const noCost = assumptions.passThroughPct >= 100

  let first: string
  if (noCost) first = 'With all of the tariff passed on to buyers, the companies bear no tariff cost at any rate.'
  else if (!hasTariffOption)
    first = `Without shared drivetrains or co-developed platforms nothing moves into North America, so the break-even tariff is today’s ${todayText}.`
  else if (!Number.isFinite(b.breakEvenTariffPct))
    first = `With ${tariffOptionNames(partnership)} moving all exposed value, the combined tariff cost never exceeds today’s ${todayCost}.`
  else
    first = `With ${tariffOptionNames(partnership)} at full ramp (${share(b.cutShare)} of exposed value moved), the combined tariff cost stays at or below today’s ${todayCost} up to a tariff of ${formatPctApprox(b.breakEvenTariffPct)}.`

  const second =
    b.requiredShare > 0
      ? `To hold today’s cost at ${tariff}, ${share(b.requiredShare)} of the tariff-exposed import value must move into North America.`
      : noCost
        ? null
        : `At ${tariff} the cost is no higher than at today’s ${todayText}: nothing needs to move.`

  const plan = b.plan
  let third: string | null = null
  if (b.requiredShare > 0) {
    if (plan.kind === 'no-option')
      third = `Shared drivetrains and co-developed platforms could move at most ${share(b.maxShareBoth)} with both options at the top of their ranges; switch one on to apply it.`
    else if (plan.kind === 'already') third = `The options as set already move ${share(plan.cutShare)}: enough.`
    else if (plan.kind === 'reach')
      third = `The chosen options can reach it within their stated ranges (at most ${share(b.maxShare)} at the top of their ranges).`
    else if (plan.kind === 'short')
      third = `The chosen options cannot reach it within their stated ranges: at most ${share(b.maxShare)}${
        b.maxShare < b.maxShareBoth ? `; both options at the top of their ranges move at most ${share(b.maxShareBoth)}` : ''
      }.`
  }

  const canApply = plan.kind === 'reach' || plan.kind === 'short'
  const apply = () => {
    if (plan.kind !== 'reach' && plan.kind !== 'short') return
    const s = store.getState()
    // One load is one undo step for both effects.
    s.load({ ...pickScenario(s), assumptions: { ...s.assumptions, drivetrainsPct: plan.drivetrainsPct, platformsPct: plan.platformsPct } })
    setApplied(appliedText(plan, partnership, b.requiredShare, tariff))
  }

  return (
    <section className="answer-panel break-even" aria-labelledby={`${id}-title`}>
      <div className="answer-head">
        <h2 id={`${id}-title`}>Break-even</h2>
        <button type="button" className="button small" onClick={apply} disabled={!canApply} aria-describedby={`${id}-apply`}>
          Apply
        </button>
      </div>
      <p className="answer-text">{first}</p>
      {second && <p className="answer-text">{second}</p>}
      {third && <p className="answer-text">{third}</p>}
      <p id={`${id}-apply`} className="answer-hint">
        Apply sets the chosen options’ effects (in Assumptions) to move the share needed at the chosen tariff, or as much as their ranges
        allow.
      </p>
      {applied && (
        <p className="answer-status" role="status">
          {applied}
        </p>
      )}
    </section>
  )
}
