import './controls.css'
import { useId, useMemo, type KeyboardEvent } from 'react'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectSetTariffPct, selectTariffPct } from '../store/scenarioStore'
import { RangeSlider } from '../ui/RangeSlider'
import { TARIFF_LIMITS, type PublishedRates } from '../data/publishedScenario'
import { usePublishedRates } from '../data/useBaseline'
import { formatPct } from '../format/format'

interface Preset {
  pct: number
  label: string
}
/** Not published: a round rate between today's and April 2025's, to ask "what if". */
const WHAT_IF_PCT = 25

/** Fact sheet, from baseline.json: 2.5% before the trade war, 15% under the US–Japan deal, 27.5% from April 2025. */
export function tariffPresets(rates: PublishedRates): Preset[] {
  return [
    { pct: rates.preTradeWarPct, label: 'pre-trade-war' },
    { pct: rates.currentPct, label: 'current' },
    { pct: WHAT_IF_PCT, label: 'what-if' },
    { pct: rates.april2025Pct, label: 'April 2025' },
  ]
}

/** Keys the contract fixes: arrows ±0.5, PageUp/PageDown ±5, Home/End to the ends. */
function keyTarget(key: string, pct: number): number | null {
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return pct + TARIFF_LIMITS.step
    case 'ArrowDown':
    case 'ArrowLeft':
      return pct - TARIFF_LIMITS.step
    case 'PageUp':
      return pct + 5
    case 'PageDown':
      return pct - 5
    case 'Home':
      return TARIFF_LIMITS.min
    case 'End':
      return TARIFF_LIMITS.max
    default:
      return null
  }
}

export function TariffControl() {
  const id = useId()
  const tariffPct = useScenario(selectTariffPct)
  const setTariffPct = useScenario(selectSetTariffPct)
  const rates = usePublishedRates()
  const presets = useMemo(() => tariffPresets(rates), [rates])

  // Handle every key ourselves so the steps are exactly the contract's in every browser.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const next = keyTarget(e.key, tariffPct)
    if (next === null) return
    e.preventDefault()
    setTariffPct(next)
  }

  return (
    <div className="control tariff-control">
      <div className="control-head">
        <label htmlFor={id} className="control-label">
          Tariff on Japanese imports
        </label>
        <output htmlFor={id} className="tariff-value" aria-hidden="true">
          {formatPct(tariffPct)}
        </output>
      </div>
      <RangeSlider
        id={id}
        className="tariff-slider"
        min={TARIFF_LIMITS.min}
        max={TARIFF_LIMITS.max}
        step={TARIFF_LIMITS.step}
        value={tariffPct}
        valueText={formatPct(tariffPct)}
        describedBy={`${id}-hint`}
        onValue={setTariffPct}
        onKeyDown={onKeyDown}
      />
      <div className="slider-scale" aria-hidden="true">
        <span>0%</span>
        <span>25%</span>
        <span>50%</span>
      </div>
      <p id={`${id}-hint`} className="hint">
        US tariff on cars imported from Japan. Arrow keys ±0.5, Page Up/Down ±5.
      </p>
      <div className="presets" role="group" aria-label="Tariff presets">
        {presets.map((p) => (
          <button
            key={p.pct}
            type="button"
            className="preset"
            aria-pressed={tariffPct === p.pct}
            onClick={() => setTariffPct(p.pct)}
            title={`Set the tariff to ${formatPct(p.pct)} (${p.label})`}
          >
            <span className="preset-pct">{formatPct(p.pct)}</span>
            <span className="preset-label">{p.label}</span>
          </button>
        ))}
      </div>
    </div>
  )
}
