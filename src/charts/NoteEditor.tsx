import './NoteEditor.css'
import { memo, useCallback, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { NOTE_LIMITS, type NoteChart } from '../model/notes'
import { useChartNotes } from './ChartNotes'

/*
 * Adding, listing, editing and removing notes on a chart (#9), on the page only: "Add note" in the
 * chart's toolbar, the form it opens, and the list under the chart. ChartFrame shows them for a
 * chart that passes its `notes` anchors; the drawn notes are ChartNotes' NoteLayer.
 */

/** How a chart's anchors are chosen in the form and named in the list. */
export interface NoteAnchors {
  /** The anchor control's label: "Year", "Tariff rate", "Company", "Assumption". */
  label: string
  /** A list to pick from, or a number field (the tariff rate). */
  choices: { options: readonly { value: number | string; label: string }[] } | { min: number; max: number; step: number }
  /** The anchor the form starts at. */
  initial: () => number | string
  /** How a note's anchor reads in the list: "2028", "25%", "Nissan". */
  describe: (anchor: number | string) => string
}

interface EditState {
  /** null: a new note. */
  index: number | null
  text: string
  anchor: number | string
}

/** "Add note" in the chart's toolbar, the form it opens, and the list of notes under the chart. */
export function useNoteEditor(chart: NoteChart, anchors: NoteAnchors | undefined) {
  const [editing, setEditing] = useState<EditState | null>(null)
  const returnFocus = useRef<HTMLElement | null>(null)
  const open = useCallback((state: EditState, from: HTMLElement) => {
    returnFocus.current = from
    setEditing(state)
  }, [])
  const close = useCallback(() => {
    setEditing(null)
    // After the form has gone: back to the button that opened it.
    requestAnimationFrame(() => returnFocus.current?.focus())
  }, [])
  // One object while nothing in it changes: the button, form and list are memoised on it, so a
  // slider step that re-renders a chart's frame leaves them alone (#7).
  return useMemo(() => ({ chart, anchors, editing, setEditing, open, close }), [chart, anchors, editing, open, close])
}
export type NoteEditor = ReturnType<typeof useNoteEditor>

export const AddNoteButton = memo(function AddNoteButton({ editor, title }: { editor: NoteEditor; title: string }) {
  const count = useChartNotes(editor.chart).length
  const full = useScenario((s) => s.notes.length >= NOTE_LIMITS.maxNotes)
  if (!editor.anchors) return null
  const anchors = editor.anchors
  return (
    <button
      type="button"
      className="button small nowrap"
      aria-expanded={editor.editing?.index === null}
      disabled={full}
      title={full ? `At most ${NOTE_LIMITS.maxNotes} notes in a scenario` : `Add a note to “${title}”${count ? ` (${count} so far)` : ''}`}
      onClick={(e) =>
        editor.editing ? editor.close() : editor.open({ index: null, text: '', anchor: anchors.initial() }, e.currentTarget)
      }
    >
      Add note
    </button>
  )
})

export const NoteForm = memo(function NoteForm({ editor }: { editor: NoteEditor }) {
  const store = useScenarioStoreApi()
  const textId = useId()
  const anchorId = useId()
  const hintId = useId()
  const [problem, setProblem] = useState<string | null>(null)
  const { editing, anchors } = editor
  if (!editing || !anchors) return null
  const isNew = editing.index === null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const before = store.getState().notes
    if (isNew) store.getState().addNote({ chart: editor.chart, anchor: editing.anchor, text: editing.text })
    else store.getState().editNote(editing.index!, editing.text)
    const after = store.getState().notes
    if (after === before && (isNew || before[editing.index!]?.text !== editing.text.trim())) {
      setProblem('The note needs some visible text.')
      return
    }
    setProblem(null)
    editor.close()
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      setProblem(null)
      editor.close()
    }
  }
  const choices = anchors.choices
  return (
    <form className="note-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label={isNew ? 'Add note' : 'Edit note'}>
      <label htmlFor={textId}>Note</label>
      <input
        id={textId}
        type="text"
        autoFocus
        value={editing.text}
        aria-describedby={hintId}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => editor.setEditing({ ...editing, text: e.target.value })}
      />
      <label htmlFor={anchorId}>{anchors.label}</label>
      {'options' in choices ? (
        <select
          id={anchorId}
          value={String(editing.anchor)}
          disabled={!isNew}
          onChange={(e) => {
            const picked = choices.options.find((c) => String(c.value) === e.target.value)
            if (picked) editor.setEditing({ ...editing, anchor: picked.value })
          }}
        >
          {choices.options.map((c) => (
            <option key={String(c.value)} value={String(c.value)}>
              {c.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={anchorId}
          type="number"
          inputMode="decimal"
          min={choices.min}
          max={choices.max}
          step={choices.step}
          value={String(editing.anchor)}
          disabled={!isNew}
          onChange={(e) => e.target.value !== '' && editor.setEditing({ ...editing, anchor: Number(e.target.value) })}
        />
      )}
      <button type="submit" className="button small">
        {isNew ? 'Add' : 'Save'}
      </button>
      <button type="button" className="button small secondary" onClick={editor.close}>
        Cancel
      </button>
      <p id={hintId} className={problem ? 'note-hint is-problem' : 'note-hint'} role={problem ? 'alert' : undefined}>
        {problem ?? `Up to ${NOTE_LIMITS.maxGraphemes} characters; Enter adds, Escape cancels.`}
      </p>
    </form>
  )
})

/** The notes under the chart, each with "Edit note" and "Remove note" described by its text. */
export const NoteList = memo(function NoteList({ editor, title }: { editor: NoteEditor; title: string }) {
  const notes = useChartNotes(editor.chart)
  const store = useScenarioStoreApi()
  const baseId = useId()
  const listRef = useRef<HTMLUListElement>(null)
  if (notes.length === 0 || !editor.anchors) return null
  const { describe } = editor.anchors
  return (
    <ul className="chart-notes" aria-label={`Notes on ${title}`} ref={listRef}>
      {notes.map((n, i) => {
        const id = `${baseId}-${i}`
        return (
          <li key={`${n.index}-${n.text}`}>
            <span id={id}>
              <span className="note-anchor">{describe(n.anchor)}:</span> {n.text}
            </span>
            <button
              type="button"
              className="button small"
              aria-describedby={id}
              onClick={(e) => editor.open({ index: n.index, text: n.text, anchor: n.anchor }, e.currentTarget)}
            >
              Edit note
            </button>
            <button
              type="button"
              className="button small secondary"
              aria-describedby={id}
              onClick={() => {
                store.getState().removeNote(n.index)
                // The list (or the toolbar's Add note) keeps the focus.
                requestAnimationFrame(() => listRef.current?.querySelector('button')?.focus())
              }}
            >
              Remove note
            </button>
          </li>
        )
      })}
    </ul>
  )
})
