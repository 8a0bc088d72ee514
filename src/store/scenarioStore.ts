import { createStore, type StoreApi } from 'zustand/vanilla'
import { temporal, type TemporalState } from 'zundo'
import type { AssumptionKey, Currency, PartnershipOption, Scenario } from '../model/scenario'
import { normaliseNote, NOTE_LIMITS, type ChartNote } from '../model/notes'
import { fit, normaliseScenario, sameScenario, type ScenarioLimits } from '../model/scenarioRules'
import { keepLast } from './sameFields'

// The rules moved to the model (issue 8); re-exported for the store's callers.
export { normaliseScenario, sameScenario } from '../model/scenarioRules'

/**
 * The store holds only what the user chose (a Scenario). Every number on screen is derived
 * from it by the model. Values are snapped here so the URL, the charts and a save agree on one value.
 */
export interface ScenarioActions {
  setTariffPct: (pct: number) => void
  setPartnership: (option: PartnershipOption, on: boolean) => void
  setStartYear: (year: number) => void
  setCurrency: (currency: Currency) => void
  setAssumption: (key: AssumptionKey, value: number) => void
  /** Notes on charts (#9): each call is one undo step. Text is normalised; a refused note changes nothing. */
  addNote: (note: ChartNote) => void
  editNote: (index: number, text: string) => void
  removeNote: (index: number) => void
  /** Replace the whole scenario (opening a link or a saved scenario); it is made valid first. */
  load: (scenario: Scenario) => void
  /** Back to the published settings. */
  reset: () => void
}

export type ScenarioState = Scenario & ScenarioActions
export type ScenarioHistory = StoreApi<TemporalState<Scenario>>
/** The scenario and its undo history (zundo's `temporal`: past and future scenarios). */
export type ScenarioStore = StoreApi<ScenarioState> & { temporal: ScenarioHistory }

/** Which values differ: "tariffPct", "partnership", "assumptions.fxJpyPerUsd"… */
function changedFields(a: Scenario, b: Scenario): string {
  const keys: string[] = []
  if (a.tariffPct !== b.tariffPct) keys.push('tariffPct')
  if (a.startYear !== b.startYear) keys.push('startYear')
  if (a.currency !== b.currency) keys.push('currency')
  if (a.partnership !== b.partnership) keys.push('partnership')
  for (const k of Object.keys(a.assumptions) as AssumptionKey[]) {
    if (a.assumptions[k] !== b.assumptions[k]) keys.push(`assumptions.${k}`)
  }
  if (a.notes !== b.notes) keys.push('notes')
  return keys.join(',')
}

export interface HistoryOptions {
  /** True while a slider is being dragged or stepped with held keys. */
  isGesture: () => boolean
  /** How long a gesture may pause and still be the same undo step. */
  gestureGapMs?: number
  now?: () => number
}

/** Enough for an afternoon's exploring; each entry is a small object. */
export const HISTORY_LIMIT = 100

export function createScenarioStore(
  published: Scenario,
  limits: ScenarioLimits,
  initial: Scenario = published,
  history: HistoryOptions = { isGesture: () => false },
): ScenarioStore {
  const gapMs = history.gestureGapMs ?? 700
  const now = history.now ?? Date.now
  // The slider gesture in progress: the values it moves, when it last moved them, and the record
  // it started with. It goes on only while that record is still the last one on the stack.
  let gesture: { at: number; fields: string; start: unknown } | null = null
  const store: ScenarioStore = createStore<ScenarioState>()(
    temporal(
      (set) => ({
        ...normaliseScenario(initial, limits, published),
        setTariffPct: (pct) => set((s) => ({ tariffPct: fit(pct, limits.tariffPct, s.tariffPct) })),
        setPartnership: (option, on) => set((s) => ({ partnership: { ...s.partnership, [option]: on } })),
        setStartYear: (year) => set((s) => ({ startYear: fit(year, { ...limits.startYear, step: 1 }, s.startYear) })),
        setCurrency: (currency) => set({ currency }),
        setAssumption: (key, value) =>
          set((s) => ({ assumptions: { ...s.assumptions, [key]: fit(value, limits.assumptions[key], s.assumptions[key]) } })),
        addNote: (raw) =>
          set((s) => {
            const note = normaliseNote(raw, limits)
            return note && s.notes.length < NOTE_LIMITS.maxNotes ? { notes: [...s.notes, note] } : {}
          }),
        editNote: (index, text) =>
          set((s) => {
            const old = s.notes[index]
            const note = old && normaliseNote({ ...old, text }, limits)
            return note && note.text !== old.text ? { notes: s.notes.map((n, i) => (i === index ? note : n)) } : {}
          }),
        removeNote: (index) => set((s) => (index in s.notes ? { notes: s.notes.filter((_, i) => i !== index) } : {})),
        load: (scenario) => set(normaliseScenario(scenario, limits, published)),
        reset: () => set(published),
      }),
      {
        partialize: pickScenario,
        equality: sameScenario,
        limit: HISTORY_LIMIT,
        // A slider drag sets the store dozens of times a second. While one gesture keeps moving
        // the same value, only its first step is recorded, so one drag is one undo step; a click
        // on another control, or a pause, starts a new step. A merged step must never lose the
        // way back (#11): after an undo or redo the gesture's record is no longer on top, so the
        // next change records; and a gesture that returns to its start records, so Undo is never
        // a step that changes nothing.
        handleSet: (record) => (pastState, replace, currentState) => {
          const fields = changedFields(pastState as Scenario, currentState)
          const t = now()
          const { pastStates, futureStates } = store.temporal.getState()
          const g = gesture
          const goesOn =
            g !== null &&
            history.isGesture() &&
            fields === g.fields &&
            t - g.at < gapMs &&
            futureStates.length === 0 &&
            pastStates.at(-1) === g.start &&
            !sameScenario(g.start as Scenario, currentState)
          if (goesOn) {
            g.at = t
            return
          }
          record(pastState, replace)
          gesture = history.isGesture() ? { at: t, fields, start: store.temporal.getState().pastStates.at(-1) } : null
        },
      },
    ),
  )
  // Undo, redo or clear end a gesture: its record is no longer the last one.
  store.temporal.subscribe((h) => {
    if (gesture && h.pastStates.at(-1) !== gesture.start) gesture = null
  })
  return store
}

export function pickScenario(s: ScenarioState): Scenario {
  return {
    tariffPct: s.tariffPct,
    partnership: s.partnership,
    startYear: s.startYear,
    currency: s.currency,
    assumptions: s.assumptions,
    notes: s.notes,
  }
}

/** A module constant, not an inline selector: one function for the tariff control's life (#7). */
export const selectSetTariffPct = (s: ScenarioState) => s.setTariffPct
export const selectPartnership = (s: ScenarioState) => s.partnership
export const selectStartYear = (s: ScenarioState) => s.startYear
export const selectCurrency = (s: ScenarioState) => s.currency
export const selectAssumptions = (s: ScenarioState) => s.assumptions
export const selectFx = (s: ScenarioState) => s.assumptions.fxJpyPerUsd
/** A new object per call: read it with useScenarioFields. */
export const selectCostInputs = (s: ScenarioState) => ({
  tariffPct: s.tariffPct,
  partnership: s.partnership,
  startYear: s.startYear,
  assumptions: s.assumptions,
})
/**
 * selectCostInputs, the same object while the fields are equal: the texts and rows that follow a
 * slider step (store/liveText) share it, so their memos compare one object (keepLast).
 */
export const costInputsOf = keepLast(selectCostInputs)
/** Everything but the tariff: the sensitivity curve ignores the slider's own position. */
export const selectCurveInputs = (s: ScenarioState) => ({
  partnership: s.partnership,
  startYear: s.startYear,
  assumptions: s.assumptions,
})
/** Money display: currency and the rate it converts at. */
export const selectMoneyFormat = (s: ScenarioState) => ({ currency: s.currency, fx: s.assumptions.fxJpyPerUsd })
