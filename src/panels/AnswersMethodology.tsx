import { useCallback, useMemo } from 'react'
import { sourceLabel, useBaseline, useExposedImports } from '../data/useBaseline'
import { useScenario, useScenarioFields } from '../store/ScenarioStoreContext'
import { selectAssumptions, selectPartnership, type ScenarioState } from '../store/scenarioStore'
import { useTodayTariffPct } from '../store/answers'
import { LiveText } from '../store/liveText'
import { breakEvenTexts } from '../store/breakEvenTexts'
import { formatPct, formatPctApprox } from '../format/format'
import { BASELINE_TARIFF_PCT } from '../model/tariffCost'

const pct1 = (share: number) => formatPctApprox(share * 100)
/** A share as the arithmetic prints it: 0.235. */
const decimal = (share: number) => String(Math.round(share * 1000) / 1000)

/**
 * The methodology of the analyst views (#9): the break-even arithmetic with the numbers in use,
 * what each published estimate covers and so what the tariff slider means, how the ranges are
 * made, and the precision of figures built on rough assumptions.
 */
export function AnswersMethodology() {
  const b = useBaseline()
  const today = useTodayTariffPct()
  const exposed = useExposedImports()
  const partnership = useScenario(selectPartnership)
  const a = useScenario(selectAssumptions)
  const r = b.assumptions
  const texts = useMemo(() => breakEvenTexts(exposed, r, today), [exposed, r, today])
  // What does not follow the tariff; the one clause that does follows each slider step without a
  // render (store/liveText, #7).
  const be = useScenarioFields(
    useCallback(
      (s: ScenarioState) => {
        const x = texts.result(s)
        return { cutShare: x.cutShare, breakEvenTariffPct: x.breakEvenTariffPct, maxShareBoth: x.maxShareBoth }
      },
      [texts],
    ),
  )
  const atTariff = useCallback(
    (s: ScenarioState) =>
      s.tariffPct > today
        ? `: at ${formatPct(s.tariffPct)}, 1 − ${today - BASELINE_TARIFF_PCT} ÷ ${s.tariffPct - BASELINE_TARIFF_PCT} = ${pct1(texts.result(s).requiredShare)}`
        : '',
    [texts, today],
  )
  const d = partnership.drivetrains ? a.drivetrainsPct : 0
  const p = partnership.platforms ? a.platformsPct : 0
  const todayExcess = today - BASELINE_TARIFF_PCT
  const base = formatPct(BASELINE_TARIFF_PCT)
  return (
    <div className="method-answers">
      <h3>Break-even</h3>
      <p>
        The chosen options move a share s = 1 − (1 − drivetrains)(1 − platforms) of each company’s exposed value at full ramp; now s = 1 −
        (1 − {formatPct(d)})(1 − {formatPct(p)}) = {pct1(be.cutShare)}. The combined cost with the partnership, exposed value × (t − {base})
        × (1 − share passed on) × (1 − s), is no higher than today’s, exposed value × ({formatPct(today)} − {base}) × (1 − share passed on),
        while (t − {base}) × (1 − s) ≤ {formatPct(todayExcess)}: the share passed on and the exposed values cancel. So the{' '}
        <strong>break-even tariff</strong> is {base} + {formatPct(todayExcess)} ÷ (1 − s)
        {Number.isFinite(be.breakEvenTariffPct)
          ? ` = ${base} + ${formatPct(todayExcess)} ÷ ${decimal(1 - be.cutShare)} = ${formatPctApprox(be.breakEvenTariffPct)}`
          : ''}
        . To hold today’s cost at a tariff t above {formatPct(today)}, s must be at least 1 − {formatPct(todayExcess)} ÷ (t − {base})
        <LiveText as="span" text={atTariff} />. Within their stated ranges the options move at most 1 − (1 −{' '}
        {formatPct(r.drivetrainsPct.max)})(1 − {formatPct(r.platformsPct.max)}) = {pct1(be.maxShareBoth)} with both at the top of their
        ranges. “Apply” moves each chosen option the same part of the way from its current effect to the top of its range, rounded up to a
        whole percent, so the balance between them is kept.
      </p>
      <h3>What the published estimates cover, and what the tariff slider means</h3>
      <p>
        Each company’s figure is its own estimate of what the tariffs cost it in a year, and the article frames both as the cost of the US
        tariff on Japanese imports. They cover more than cars shipped from Japan. Honda’s May 2025 breakdown of its ¥650B gross estimate was
        mostly finished vehicles built in Canada and Mexico (¥300B for about 530,000 units from there and 20,000 from Japan and elsewhere),
        then parts and materials (¥220B), then motorcycles and power products (¥130B) ({sourceLabel(b, 'nikkan-2025-05')}). The single
        tariff slider therefore scales each company’s whole published estimate by (t − {base}) ÷ ({formatPct(today)} − {base}): it treats
        every part of it as if it followed the rate on Japanese cars, which is a simplification, not a finding.
      </p>
      <h3>Ranges and “What matters most”</h3>
      <p>
        The ranges under the key figures and the bars of “What matters most” use each assumption’s stated range (Assumptions panel). The
        model is monotone in each assumption, so the lowest and highest values over all of them together lie at the corners of the ranges;
        the range is taken over every corner. Because the share passed on to buyers runs from 0% to 100%, every cost range starts at zero:
        if everything were passed on, the companies would bear none of it. Shared software saves development cost, not tariff; the import
        value per vehicle only turns value moved into vehicles; and with figures in dollars the exchange rate changes nothing. These have no
        effect on the tariff cost, so “What matters most” names them under the chart instead of drawing empty bars. Its tariff bar, for
        scale, spans the preset range {base}–{formatPct(b.published.april2025TariffPct.value)}.
      </p>
      <h3>Precision</h3>
      <p>
        Figures built on rough assumptions are shown with the precision they have: vehicles moved to two significant figures (about 330,000,
        not 331,611), shares and tariffs derived from the assumptions to one decimal (18.8%, 44.4%).
      </p>
    </div>
  )
}
