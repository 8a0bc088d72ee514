import './panels.css'
import { useId, useState } from 'react'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectCurrency, selectFx } from '../store/scenarioStore'
import { useBaseline } from '../data/useBaseline'
import { RangeSlider } from '../ui/RangeSlider'
import { ASSUMPTION_FIELDS, type AssumptionField } from './assumptionFields'

function AssumptionSlider({ field }: { field: AssumptionField }) {
  const id = useId()
  const range = useBaseline().assumptions[field.key]
  const value = useScenario((s) => s.assumptions[field.key])
  const currency = useScenario(selectCurrency)
  const fx = useScenario(selectFx)
  const setAssumption = useScenario((s) => s.setAssumption)
  const text = field.format(value, currency, fx)
  const isDefault = value === range.default
  return (
    <div className="assumption">
      <div className="control-head">
        <label htmlFor={id}>{field.label}</label>
        <span className="assumption-value" aria-hidden="true">
          {text}
        </span>
      </div>
      <RangeSlider
        id={id}
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        valueText={text}
        describedBy={`${id}-why`}
        onValue={(v) => setAssumption(field.key, v)}
      />
      <div className="assumption-foot">
        <span className="default-note">
          Default {field.format(range.default, currency, fx)} · range {field.format(range.min, currency, fx)}–
          {field.format(range.max, currency, fx)}
        </span>
        {!isDefault && (
          <button
            type="button"
            className="link-button"
            onClick={() => setAssumption(field.key, range.default)}
            aria-label={`Use the default for ${field.label}`}
          >
            Use default
          </button>
        )}
      </div>
      <p id={`${id}-why`} className="why">
        {range.why}
      </p>
    </div>
  )
}

/**
 * Why a typed number cannot be used, or null when it is within the range. A number field gives an
 * empty value for letters as well as for nothing typed (validity.badInput tells which), so an
 * empty value is asked for again: quoting it would show the user empty quotes.
 */
function typedNumberProblem(input: HTMLInputElement, range: { min: number; max: number }, wanted: string): string | null {
  if (input.validity.badInput || input.value.trim() === '') return `Enter ${wanted}`
  const value = Number(input.value)
  return Number.isFinite(value) && value >= range.min && value <= range.max ? null : `“${input.value}” is not ${wanted}`
}

/** Exact entry for the rate: a slider over 100–200 in 0.01 steps is too coarse to hit 151.57 by hand. */
function FxInput() {
  const id = useId()
  const range = useBaseline().assumptions.fxJpyPerUsd
  const fx = useScenario(selectFx)
  const setAssumption = useScenario((s) => s.setAssumption)
  const [error, setError] = useState<string | null>(null)
  const commit = (input: HTMLInputElement) => {
    const problem = typedNumberProblem(input, range, `a rate between ${range.min} and ${range.max} yen per dollar`)
    if (problem) {
      setError(`${problem}; the rate stays at ${fx}.`)
      input.value = String(fx)
      return
    }
    setError(null)
    setAssumption('fxJpyPerUsd', Number(input.value))
  }
  return (
    <div className="inline-field fx-field">
      <label htmlFor={id}>Exchange rate, exact (¥ per $)</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={range.min}
        max={range.max}
        step={range.step}
        defaultValue={fx}
        key={fx}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onBlur={(e) => commit(e.currentTarget)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget)
        }}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

export function AssumptionsPanel() {
  return (
    <section className="panel assumptions" aria-labelledby="assumptions-title">
      <h2 id="assumptions-title">Assumptions</h2>
      <p className="panel-intro">
        None of these is published. Each has a stated default and range; change any of them and every figure and chart follows. The
        published figures are reproduced at the defaults.
      </p>
      <div className="assumption-grid">
        {ASSUMPTION_FIELDS.map((f) => (
          <AssumptionSlider key={f.key} field={f} />
        ))}
        <FxInput />
      </div>
    </section>
  )
}
