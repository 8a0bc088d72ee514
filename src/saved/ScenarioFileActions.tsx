import { useRef } from 'react'
import type { SavedScenario } from '../share/scenarioSchema'
import { MAX_SAVED } from './savedData'
import { scenarioFileText } from './scenarioFile'
import { useSavedScenariosApi } from './SavedScenariosContext'
import { formatCount } from '../format/format'
import { downloadBlob } from '../charts/download'
import { importFile } from './importScenarios'
import type { ScenarioRules } from './useScenarioRules'

/** Export the ticked (or all) scenarios to a JSON file; import one. */
export function ScenarioFileActions({
  scenarios,
  selected,
  rules,
}: {
  scenarios: readonly SavedScenario[]
  selected: readonly SavedScenario[]
  rules: ScenarioRules
}) {
  const saved = useSavedScenariosApi()
  const fileInput = useRef<HTMLInputElement>(null)
  const exportFile = () => {
    const list = selected.length ? selected : scenarios
    const date = new Date().toISOString().slice(0, 10)
    downloadBlob(`honda-nissan-scenarios-${date}.json`, new Blob([scenarioFileText(list, new Date())], { type: 'application/json' }))
  }
  return (
    <>
      <button type="button" className="button small" onClick={exportFile} disabled={scenarios.length === 0}>
        {selected.length ? `Export ${selected.length} selected (JSON)` : 'Export scenarios (JSON)'}
      </button>
      <button
        type="button"
        className="button small"
        onClick={() => fileInput.current?.click()}
        title={`The list keeps at most ${formatCount(MAX_SAVED)} scenarios`}
      >
        Import scenarios (JSON)
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Scenarios file to import"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          e.currentTarget.value = ''
          if (file) void importFile(file, saved.getState, rules)
        }}
      />
    </>
  )
}
