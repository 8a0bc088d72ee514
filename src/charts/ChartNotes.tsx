import './ChartNotes.css'
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'
import { useShallow } from 'zustand/shallow'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { NOTE_LIMITS, type ChartNote, type NoteChart } from '../model/notes'
import { cutGraphemes, graphemes } from '../model/userText'
import type { ChartSlug } from './chartMeta'
import { COLORS } from './palette'
import { useChartStyle } from './chartSize'

/*
 * Notes on charts (#9). The scenario holds them (model/notes.ts); here they are added, listed,
 * edited and removed (NoteTools, NoteList: page only) and drawn inside the Recharts surface
 * (NoteLayer), so the page, a slide and every exported picture show them. Note text is only ever
 * React text: never markup.
 */

// chartMeta's slugs and the charts a note can sit on must be the same list.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const slugsMatch: Same<ChartSlug, NoteChart> = true
void slugsMatch

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

const EMPTY: readonly (ChartNote & { index: number })[] = []

/** This chart's notes with their places in the scenario's list (for edit and remove). */
function useChartNotes(chart: NoteChart) {
  const notes = useScenario(useShallow((s) => s.notes))
  return useMemo(() => {
    const mine = notes.flatMap((n, index) => (n.chart === chart ? [{ ...n, index }] : []))
    return mine.length ? mine : EMPTY
  }, [notes, chart])
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
  const open = (state: EditState, from: HTMLElement) => {
    returnFocus.current = from
    setEditing(state)
  }
  const close = () => {
    setEditing(null)
    // After the form has gone: back to the button that opened it.
    requestAnimationFrame(() => returnFocus.current?.focus())
  }
  return { chart, anchors, editing, setEditing, open, close }
}
export type NoteEditor = ReturnType<typeof useNoteEditor>

export function AddNoteButton({ editor, title }: { editor: NoteEditor; title: string }) {
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
}

export function NoteForm({ editor }: { editor: NoteEditor }) {
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
}

/** The notes under the chart, each with "Edit note" and "Remove note" described by its text. */
export function NoteList({ editor, title }: { editor: NoteEditor; title: string }) {
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
}

/** About how wide a character of the note's font is, in font sizes: long notes are cut to the plot. */
const CHAR_EM = 0.56

function fitText(text: string, widthPx: number, fontPx: number): string {
  const max = Math.max(4, Math.floor(widthPx / (fontPx * CHAR_EM)))
  return graphemes(text).length <= max ? text : `${cutGraphemes(text, max - 1).trimEnd()}…`
}

/**
 * The notes drawn in the chart: short text with a dashed leader line to the anchor. `axis` is the
 * axis the anchor is on; `toValue` turns a note's anchor into that axis's data value (a key into
 * the category shown). Drawn above the series, outside the layers that a tariff gesture scales
 * (liveTariff.tsx), and independent of the y values, so an anchor stays right during a gesture.
 */
export function NoteLayer(props: {
  chart: NoteChart
  axis?: 'x' | 'y'
  toValue?: (anchor: number | string) => unknown
  /** Start in the top margin, above the plot (bar charts, whose value labels reach the top). */
  fromMargin?: boolean
}) {
  const { chart, axis = 'x', toValue, fromMargin = false } = props
  const notes = useChartNotes(chart)
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  const { px } = useChartStyle()
  if (!notes.length || !xScale || !yScale || !plot) return null
  const fontPx = px(12)
  const lineGap = px(17)
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="chart-note-layer">
        {notes.map((n, i) => {
          const value = toValue ? toValue(n.anchor) : n.anchor
          if (axis === 'x') {
            const x = xScale(value, { position: 'middle' })
            if (x === undefined || !Number.isFinite(x)) return null
            // Below the charts' own top-left labels ("Partnership starts 2027", "15% now").
            const y = (fromMargin ? plot.y - px(12) : plot.y + Math.min(px(30), plot.height * 0.1) + 0.5 * lineGap) + i * lineGap
            const onRight = x < plot.x + plot.width / 2
            const room = onRight ? plot.x + plot.width - x - px(10) : x - plot.x - px(10)
            return (
              <g key={`${n.index}`} className="chart-note" data-note-anchor={String(n.anchor)}>
                <line x1={x} x2={x} y1={y} y2={plot.y + plot.height} stroke={COLORS.marker} strokeWidth={1.5} strokeDasharray="2 3" />
                <circle cx={x} cy={y} r={px(3)} fill={COLORS.marker} />
                <circle cx={x} cy={plot.y + plot.height} r={px(3)} fill={COLORS.marker} />
                <text
                  x={onRight ? x + px(7) : x - px(7)}
                  y={y}
                  dy="0.35em"
                  textAnchor={onRight ? 'start' : 'end'}
                  fill={COLORS.marker}
                  fontSize={fontPx}
                  fontWeight={600}
                  paintOrder="stroke"
                  stroke="#fff"
                  strokeWidth={3}
                >
                  {fitText(n.text, room, fontPx)}
                </text>
              </g>
            )
          }
          const y = yScale(value, { position: 'middle' })
          if (y === undefined || !Number.isFinite(y)) return null
          const right = plot.x + plot.width
          const textY = y - px(9)
          return (
            <g key={`${n.index}`} className="chart-note" data-note-anchor={String(n.anchor)}>
              <line x1={plot.x} x2={right} y1={y} y2={y} stroke={COLORS.marker} strokeWidth={1.5} strokeDasharray="2 3" />
              <circle cx={right} cy={y} r={px(3)} fill={COLORS.marker} />
              <text
                x={right - px(4)}
                y={textY}
                textAnchor="end"
                fill={COLORS.marker}
                fontSize={fontPx}
                fontWeight={600}
                paintOrder="stroke"
                stroke="#fff"
                strokeWidth={3}
              >
                {fitText(n.text, plot.width * 0.6, fontPx)}
              </text>
            </g>
          )
        })}
      </g>
    </ZIndexLayer>
  )
}
