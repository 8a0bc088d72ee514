import './controls.css'
import { useId } from 'react'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectPartnership, selectStartYear } from '../store/scenarioStore'
import { useBaseline } from '../data/useBaseline'
import { PARTNERSHIP_OPTIONS, type PartnershipOption } from '../model/scenario'
import { OPTION_NAMES } from '../format/optionNames'

function OptionSwitch({ option }: { option: PartnershipOption }) {
  const id = useId()
  const on = useScenario((s) => selectPartnership(s)[option])
  const setPartnership = useScenario((s) => s.setPartnership)
  const label = OPTION_NAMES[option]
  return (
    <div className="switch-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch"
        checked={on}
        // Name = the option, description = the hint: the label holds both, so a name taken from it
        // would read the hint twice (#10).
        aria-labelledby={`${id}-name`}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setPartnership(option, e.currentTarget.checked)}
      />
      <label htmlFor={id}>
        <span id={`${id}-name`} className="switch-name">
          {label.long}
        </span>
        <span id={`${id}-hint`} className="hint">
          {label.hint}
        </span>
      </label>
    </div>
  )
}

export function PartnershipControl() {
  const yearId = useId()
  const baseline = useBaseline()
  const startYear = useScenario(selectStartYear)
  const setStartYear = useScenario((s) => s.setStartYear)
  const years: number[] = []
  for (let y = baseline.defaults.startYearMin; y <= baseline.defaults.startYearMax; y++) years.push(y)
  return (
    <fieldset className="control">
      <legend className="control-label">Partnership options</legend>
      {PARTNERSHIP_OPTIONS.map((o) => (
        <OptionSwitch key={o} option={o} />
      ))}
      <div className="inline-field">
        <label htmlFor={yearId}>Partnership start year</label>
        <select id={yearId} value={startYear} onChange={(e) => setStartYear(Number(e.currentTarget.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  )
}
