import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { pickScenario } from '../store/scenarioStore'
import { useSavedScenariosApi } from './SavedScenariosContext'
import { scenarioCaption } from '../format/scenarioText'
import { INFO_NOTICE_ID, nameNotes, nameRefusal, quote, saveFailed, showPanelNotice } from './savedMessages'

/** "Scenario name" and "Save": saves the scenario on screen under the typed name. */
export function SaveForm({ onDone }: { onDone: () => void }) {
  const id = useId()
  const store = useScenarioStoreApi()
  const saved = useSavedScenariosApi()
  const [suggested] = useState(() => scenarioCaption(pickScenario(store.getState())))
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.select(), [])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const typed = input.current?.value ?? ''
    const r = saved.getState().save(typed, pickScenario(store.getState()))
    if (!r.ok) {
      const refusal = nameRefusal(r.error)
      if (refusal) setError(refusal)
      else saveFailed(quote(typed.trim()), r.error, saved.getState())
      return
    }
    setError(null)
    showPanelNotice({ id: INFO_NOTICE_ID, tone: 'info', title: `Saved ${quote(r.value.entry.name)}.`, items: nameNotes(r.value) })
    onDone()
  }
  return (
    <form className="save-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <label htmlFor={id}>Scenario name</label>
      <input
        id={id}
        ref={input}
        type="text"
        defaultValue={suggested}
        autoComplete="off"
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <div className="save-form-buttons">
        <button type="submit" className="button">
          Save
        </button>
        <button type="button" className="button secondary" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
