import './ComparisonView.css'
import { lazy, Suspense, useId, useMemo } from 'react'
import { useExposedImports } from '../data/useBaseline'
import { scenarioCost, type ScenarioCost } from '../model/projection'
import { useScenario } from '../store/ScenarioStoreContext'
import { MAX_COMPARED, useCompareStore } from './compareStore'
import { useMoneyFormatters } from '../store/derived'
import { formatFx, formatPct } from '../format/format'
import { PanelErrorBoundary } from '../ui/PanelErrorBoundary'
import { partnershipText } from './comparedScenarios'
import { useComparedScenarios } from './useComparedScenarios'
import type { Scenario } from '../model/scenario'

// Recharts stays out of the entry bundle: the comparison's charts come on first use.
const ComparisonCharts = lazy(() => import('./ComparisonCharts'))

interface Row {
  label: string
  value: (s: Scenario, c: ScenarioCost, money: (usd: number) => string) => string
}

const ROWS: readonly Row[] = [
  { label: 'Tariff', value: (s) => formatPct(s.tariffPct) },
  { label: 'Partnership', value: (s) => partnershipText(s) },
  { label: 'Passed on to buyers', value: (s) => formatPct(s.assumptions.passThroughPct) },
  { label: 'Nissan annual tariff cost', value: (_s, c, m) => m(c.nissan.withoutUsd) },
  { label: 'Honda annual tariff cost', value: (_s, c, m) => m(c.honda.withoutUsd) },
  { label: 'Combined annual tariff cost', value: (_s, c, m) => m(c.combined.withoutUsd) },
  { label: 'Partnership savings a year', value: (_s, c, m) => m(c.combined.savingUsd) },
  { label: 'Combined tariff cost with the partnership', value: (_s, c, m) => m(c.combined.withUsd) },
]

function Swatch({ color, dash }: { color: string; dash: string | undefined }) {
  return (
    <svg width="22" height="10" aria-hidden="true" focusable="false" className="swatch">
      <line x1="1" y1="5" x2="21" y2="5" stroke={color} strokeWidth="3" strokeDasharray={dash} />
    </svg>
  )
}

/** The scenario on screen beside up to four saved ones: key figures in a table, then charts. */
function Comparison() {
  const titleId = useId()
  const closeCompare = useCompareStore((s) => s.close)
  // The region and its button go away: focus returns to Compare, which opened it (#10).
  const close = () => {
    closeCompare()
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-action="compare"]')?.focus())
  }
  const exposed = useExposedImports()
  const { money, currency } = useMoneyFormatters()
  const fx = useScenario((s) => s.assumptions.fxJpyPerUsd)
  const { columns, pickedNone, savedCount } = useComparedScenarios()
  const costs = useMemo(() => columns.map((c) => scenarioCost(exposed, c.scenario)), [columns, exposed])
  const unit = currency === 'JPY' ? `yen at ${formatFx(fx)}, the rate on screen` : 'US dollars'
  return (
    <section id="comparison" className="panel comparison" aria-labelledby={titleId} tabIndex={-1}>
      <div className="comparison-head">
        <h2 id={titleId}>Comparison</h2>
        <button type="button" className="button small" onClick={close}>
          Close comparison
        </button>
      </div>
      <p className="panel-intro">
        {savedCount === 0
          ? 'No saved scenarios yet: save one (Save scenario) to see it here beside the one on screen.'
          : pickedNone
            ? `The scenario on screen beside the ${Math.min(savedCount, MAX_COMPARED)} most recently saved. Tick saved scenarios to choose others (up to ${MAX_COMPARED}).`
            : 'The scenario on screen beside the saved scenarios you ticked.'}{' '}
        Annual figures at full ramp, in {unit}.
      </p>
      <div className="comparison-table-wrap">
        <table className="comparison-table" style={{ ['--scenario-count' as string]: columns.length }}>
          <caption className="visually-hidden">Key figures of each compared scenario</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  <Swatch color={c.color} dash={c.dash} /> <bdi>{c.name}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {columns.map((c, i) => (
                  <td key={c.key}>{r.value(c.scenario, costs[i]!, money)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PanelErrorBoundary what="The comparison charts">
        <Suspense fallback={<div className="comparison-charts-loading" aria-hidden="true" />}>
          <ComparisonCharts columns={columns} />
        </Suspense>
      </PanelErrorBoundary>
    </section>
  )
}

export function ComparisonView() {
  const isOpen = useCompareStore((s) => s.isOpen)
  return isOpen ? <Comparison /> : null
}
