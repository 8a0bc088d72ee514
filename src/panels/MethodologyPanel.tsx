import './panels.css'
import { sourceLabel, useBaseline, useExposedImports } from '../data/useBaseline'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectAssumptions, selectCurrency } from '../store/scenarioStore'
import { formatFx, formatMoney, formatPct, formatUsdExact } from '../format/format'
import { BASELINE_TARIFF_PCT } from '../model/tariffCost'
import { ASSUMPTION_FIELDS } from './assumptionFields'
import { AnswersMethodology } from './AnswersMethodology'

const usd = (x: number) => formatMoney(x, 'USD', 1)

/** How every figure is made: the article, each derived figure with its arithmetic, each assumption. */
export function MethodologyPanel() {
  const b = useBaseline()
  const exposed = useExposedImports()
  const assumptions = useScenario(selectAssumptions)
  const currency = useScenario(selectCurrency)
  const p = b.published
  const excess = p.currentTariffPct.value - BASELINE_TARIFF_PCT
  const impliedFx = p.hondaLossJpy.value / p.hondaLossUsd.value
  const derived = [
    {
      name: 'Tariff increase',
      value: `${formatPct(excess)} points`,
      how: `${formatPct(p.currentTariffPct.value)} − ${formatPct(p.preTradeWarTariffPct.value)}`,
    },
    {
      name: 'Nissan tariff-exposed import value',
      value: `${usd(exposed.nissan)} a year`,
      how: `${usd(p.nissanLossUsd.value)} ÷ ${excess / 100}`,
    },
    {
      name: 'Honda tariff-exposed import value',
      value: `${usd(exposed.honda)} a year`,
      how: `${usd(p.hondaLossUsd.value)} ÷ ${excess / 100}`,
    },
    {
      name: 'Exchange rate implied by Honda’s figures',
      value: formatFx(impliedFx),
      how: `¥${p.hondaLossJpy.value / 1e9}B ÷ ${usd(p.hondaLossUsd.value)}`,
    },
    {
      name: 'Nissan’s loss in yen at that rate',
      value: `¥${((p.nissanLossUsd.value * impliedFx) / 1e9).toFixed(1)}B`,
      how: `${usd(p.nissanLossUsd.value)} × ${impliedFx.toFixed(2)}`,
    },
    {
      name: `Combined loss at ${formatPct(p.currentTariffPct.value)}`,
      value: usd(p.nissanLossUsd.value + p.hondaLossUsd.value),
      how: `${usd(p.nissanLossUsd.value)} + ${usd(p.hondaLossUsd.value)}`,
    },
  ]
  return (
    <section className="panel methodology" aria-labelledby="method-title">
      <h2 id="method-title">Methodology and sources</h2>
      <div className="method-columns">
        <div>
          <h3>The model</h3>
          <p>
            <strong>Annual tariff cost</strong> = tariff-exposed import value × (tariff − {formatPct(BASELINE_TARIFF_PCT)}) × (1 − share
            passed on to buyers). The exposed value is implied by each company’s own published estimate at{' '}
            {formatPct(p.currentTariffPct.value)}, so the model gives Nissan {usd(p.nissanLossUsd.value)} and Honda{' '}
            {usd(p.hondaLossUsd.value)} (¥{p.hondaLossJpy.value / 1e9}B) at the published settings, and nothing at the pre-trade-war{' '}
            {formatPct(BASELINE_TARIFF_PCT)}. Below {formatPct(BASELINE_TARIFF_PCT)} it counts no cost and claims no gain.
          </p>
          <p>
            <strong>Partnership.</strong> Shared drivetrains built in North America replace a share of each company’s exposed value;
            co-developed platforms move a further share of what is left (the two compound, so together they never pass 100%). Each ramps up
            linearly from the start year over its ramp. Shared software saves development cost, not tariff, and is counted apart.
            “Partnership savings” is the yearly saving at full ramp; “Cost over time” shows the ramp year by year with the tariff held at
            the chosen rate.
          </p>
          <p>
            <strong>Plants.</strong> The article gives Nissan’s global plant count now ({p.nissanGlobalPlantsNow.value}) and by{' '}
            {p.nissanGlobalPlantsTarget.year} ({p.nissanGlobalPlantsTarget.value}); the path between is an assumption, drawn dashed.
            Vehicles moved = exposed value moved ÷ import value per vehicle (now {formatUsdExact(assumptions.vehicleValueUsd)}).
          </p>
          <AnswersMethodology />
          <p className="warning-note">
            The article’s own dollar conversion of Honda’s figure contains a typo, as the article itself says; the dashboard uses $2.54
            billion = ¥385 billion throughout.
          </p>
        </div>
        <div>
          <h3>Derived figures</h3>
          <table className="method-table">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Value</th>
                <th scope="col">Arithmetic</th>
              </tr>
            </thead>
            <tbody>
              {derived.map((d) => (
                <tr key={d.name}>
                  <th scope="row">{d.name}</th>
                  <td>{d.value}</td>
                  <td>{d.how}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Assumptions in use</h3>
          <table className="method-table">
            <thead>
              <tr>
                <th scope="col">Assumption</th>
                <th scope="col">Now</th>
                <th scope="col">Default</th>
              </tr>
            </thead>
            <tbody>
              {ASSUMPTION_FIELDS.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{f.label}</th>
                  <td>{f.format(assumptions[f.key], currency, assumptions.fxJpyPerUsd)}</td>
                  <td>{f.format(b.assumptions[f.key].default, currency, assumptions.fxJpyPerUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <h3>Sources</h3>
      <ul className="source-list">
        <li>
          <strong>{sourceLabel(b, 'article')}</strong>: the tariff rates (15% now, 2.5% before the trade war), Nissan’s loss of about $1.8
          billion and Honda’s $2.54 billion (¥385 billion) a year, Nissan’s 17 → 10 plants by 2028 and 20,000 job cuts, and the scope of the
          talks.
        </li>
        {b.context.map((c) => (
          <li key={c.text}>
            {c.text} <span className="source-cite">({sourceLabel(b, c.source)})</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
