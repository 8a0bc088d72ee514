import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { SavedScenario } from '../share/scenarioSchema'
import { useSavedScenariosApi } from './SavedScenariosContext'
import { INFO_NOTICE_ID, nameNotes, nameRefusal, quote, saveFailed, showPanelNotice } from './savedMessages'

/** "New name", OK and Cancel in place of a saved scenario's name; a refused name is said beside the field. */
export function RenameForm({ entry, nameId, onDone }: { entry: SavedScenario; nameId: string; onDone: () => void }) {
  const saved = useSavedScenariosApi()
  const input = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string | null>(null)
  const errorId = useId()
  useEffect(() => input.current?.select(), [])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = saved.getState().rename(entry.id, input.current?.value ?? '')
    if (!r.ok) {
      const refusal = nameRefusal(r.error)
      if (refusal) return setError(`${refusal} The name is still ${quote(entry.name)}.`)
      saveFailed(`The new name for ${quote(entry.name)}`, r.error, saved.getState())
    } else if (r.value.entry.name !== entry.name) {
      showPanelNotice({
        id: INFO_NOTICE_ID,
        tone: 'info',
        title: `Renamed ${quote(entry.name)} to ${quote(r.value.entry.name)}.`,
        items: nameNotes(r.value),
      })
    }
    onDone()
  }
  return (
    <form className="rename-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <input
        ref={input}
        type="text"
        defaultValue={entry.name}
        aria-label="New name"
        aria-describedby={error ? `${nameId} ${errorId}` : nameId}
        aria-invalid={error !== null}
      />
      <button type="submit" className="button small" aria-describedby={nameId}>
        OK
      </button>
      <button type="button" className="button small" onClick={onDone} aria-describedby={nameId}>
        Cancel
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
