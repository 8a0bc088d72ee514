import './controls.css'
import { useId } from 'react'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectCurrency, selectFx } from '../store/scenarioStore'
import type { Currency } from '../model/scenario'
import { formatFx } from '../format/format'

const CURRENCIES: readonly Currency[] = ['USD', 'JPY']

export function CurrencyControl() {
  const id = useId()
  const currency = useScenario(selectCurrency)
  const fx = useScenario(selectFx)
  const setCurrency = useScenario((s) => s.setCurrency)
  return (
    <div className="control">
      <div role="radiogroup" aria-labelledby={`${id}-label`} className="segmented">
        <span id={`${id}-label`} className="control-label">
          Currency
        </span>
        <div className="segmented-options">
          {CURRENCIES.map((c) => (
            <label key={c} className="segment">
              <input type="radio" name={`${id}-currency`} value={c} checked={currency === c} onChange={() => setCurrency(c)} />
              <span>{c}</span>
            </label>
          ))}
        </div>
      </div>
      <p className="hint">Yen at {formatFx(fx)} (an assumption; change it under Assumptions).</p>
    </div>
  )
}
