import './controls.css'
import { useId, useMemo, useRef, type KeyboardEvent } from 'react'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { selectSetTariffPct, type ScenarioState } from '../store/scenarioStore'
import { useLive, writeAttr, writeText } from '../store/liveText'
import { RangeSlider, writeSliderStep } from '../ui/RangeSlider'
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

/** What the control shows of the tariff: a live part (store/liveText), so a step renders nothing. */
const tariffShown = (s: ScenarioState) => ({ pct: s.tariffPct, text: formatPct(s.tariffPct) })

export function TariffControl() {
  const id = useId()
  const api = useScenarioStoreApi()
  const setTariffPct = useScenario(selectSetTariffPct)
  const rates = usePublishedRates()
  const presets = useMemo(() => tariffPresets(rates), [rates])
  const input = useRef<HTMLInputElement>(null)
  const output = useRef<HTMLOutputElement>(null)
  const presetButtons = useRef<Array<HTMLButtonElement | null>>([])
  // At rest React renders the tariff; while a slider moves, each step is written here as React
  // would write it (the value, its aria attributes, the number, which preset is pressed), so that
  // the page's one render a step (this control and its slider) is gone too (#7).
  const { pct: tariffPct, text: tariffText } = useLive(tariffShown, (next) => {
    if (input.current) writeSliderStep(input.current, { value: next.pct, valueText: next.text })
    if (output.current) writeText(output.current, next.text)
    presets.forEach((p, i) => writeAttr(presetButtons.current[i] ?? null, 'aria-pressed', String(next.pct === p.pct)))
  })

  // Handle every key ourselves so the steps are exactly the contract's in every browser. The
  // tariff is read from the store: the render may hold the value the gesture started from.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const next = keyTarget(e.key, api.getState().tariffPct)
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
        <output ref={output} htmlFor={id} className="tariff-value" aria-hidden="true">
          {tariffText}
        </output>
      </div>
      <RangeSlider
        id={id}
        className="tariff-slider"
        min={TARIFF_LIMITS.min}
        max={TARIFF_LIMITS.max}
        step={TARIFF_LIMITS.step}
        value={tariffPct}
        valueText={tariffText}
        inputRef={input}
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
        {presets.map((p, i) => (
          <button
            key={p.pct}
            ref={(el) => {
              presetButtons.current[i] = el
            }}
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
