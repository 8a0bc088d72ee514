import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { useBaseline } from '../data/useBaseline'
import { publishedScenario, scenarioLimits } from '../data/publishedScenario'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { normaliseScenario, pickScenario, sameScenario } from '../store/scenarioStore'
import { useSavedScenarios, useSavedScenariosApi } from '../store/SavedScenariosContext'
import type { SavedScenariosState } from '../store/savedScenariosStore'
import { MAX_COMPARED, useCompareStore } from '../store/compareStore'
import { showNotice } from '../store/noticeStore'
import type { SavedScenario } from '../share/scenarioSchema'
import { IMPORT_MAX_BYTES, parseScenarioFile, scenarioFileText } from '../share/savedScenarios'
import { scenarioCaption } from '../format/scenarioText'
import { downloadBlob } from '../charts/download'

/** Published settings and ranges, to make any saved or imported scenario valid before use. */
export function useScenarioRules() {
  const baseline = useBaseline()
  return useMemo(() => ({ published: publishedScenario(baseline), limits: scenarioLimits(baseline) }), [baseline])
}

const quote = (name: string) => `“${name}”`

function formatBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.ceil(n / 1e3)} KB`
}

function saveFailed(what: string, error: string) {
  showNotice({
    id: 'info',
    tone: 'problem',
    title: `${what} could not be saved: ${error}.`,
    items: ['Your saved scenarios are as they were. Export them to a file, or delete some to make room, and try again.'],
  })
}

function SaveForm({ onDone }: { onDone: (savedName?: string) => void }) {
  const id = useId()
  const store = useScenarioStoreApi()
  const saved = useSavedScenariosApi()
  const [suggested] = useState(() => scenarioCaption(pickScenario(store.getState())))
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.select(), [])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const name = input.current?.value ?? ''
    const r = saved.getState().save(name, pickScenario(store.getState()))
    if (!r.ok) {
      if (r.error === 'give the scenario a name') setError('Type a name for the scenario.')
      else saveFailed(quote(name.trim()), r.error)
      return
    }
    setError(null)
    showNotice({
      id: 'info',
      tone: 'info',
      title: `Saved ${quote(r.value.name)}.${r.value.name !== name.trim() ? ' (That name was taken, so a number was added.)' : ''}`,
    })
    onDone(r.value.name)
  }
  return (
    <form className="save-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <label htmlFor={id}>Scenario name</label>
      <input
        id={id}
        ref={input}
        type="text"
        defaultValue={suggested}
        maxLength={120}
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

function RenameForm({ entry, nameId, onDone }: { entry: SavedScenario; nameId: string; onDone: () => void }) {
  const saved = useSavedScenariosApi()
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.select(), [])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = saved.getState().rename(entry.id, input.current?.value ?? '')
    if (!r.ok) {
      if (r.error === 'a name cannot be empty') return
      saveFailed(`The new name for ${quote(entry.name)}`, r.error)
    }
    onDone()
  }
  return (
    <form className="rename-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <input ref={input} type="text" defaultValue={entry.name} maxLength={120} aria-label="New name" aria-describedby={nameId} />
      <button type="submit" className="button small" aria-label="Apply the new name">
        OK
      </button>
      <button type="button" className="button small" onClick={onDone} aria-label="Cancel renaming">
        Cancel
      </button>
    </form>
  )
}

/**
 * One saved scenario. Its buttons are named by their verb alone ("Open", "Rename"…) and described
 * by the scenario's name: a name is user text (the suggested one reads "Tariff 25% · …"), and in
 * a button's name it would collide with the contract's names ("25%", "Reset", "Save"…).
 */
function SavedItem({ entry, selected, canSelect }: { entry: SavedScenario; selected: boolean; canSelect: boolean }) {
  const saved = useSavedScenariosApi()
  const load = useScenario((s) => s.load)
  const setSelected = useCompareStore((s) => s.setSelected)
  const rules = useScenarioRules()
  const [renaming, setRenaming] = useState(false)
  const nameId = useId()
  const valid = useMemo(() => normaliseScenario(entry.scenario, rules.limits, rules.published), [entry.scenario, rules])
  // A boolean, so a slider step re-renders an item only when it starts or stops matching.
  const onScreen = useScenario((s) => sameScenario(valid, pickScenario(s)))
  const remove = () => {
    const r = saved.getState().remove(entry.id)
    if (!r.ok) return saveFailed(`The deletion of ${quote(entry.name)}`, r.error)
    const removed = r.value
    showNotice({
      id: 'info',
      tone: 'info',
      title: `Deleted ${quote(removed.name)}.`,
      actions: [
        {
          label: 'Restore the deleted scenario',
          run: () => {
            const back = saved.getState().restore(removed)
            if (back.ok) showNotice({ id: 'info', tone: 'info', title: `Restored ${quote(back.value.name)}.` })
            else saveFailed(quote(removed.name), back.error)
          },
        },
      ],
    })
  }
  const duplicate = () => {
    const r = saved.getState().duplicate(entry.id)
    if (r.ok) showNotice({ id: 'info', tone: 'info', title: `Saved a copy as ${quote(r.value.name)}.` })
    else saveFailed(`A copy of ${quote(entry.name)}`, r.error)
  }
  return (
    <li className={`saved-item${onScreen ? ' on-screen' : ''}`}>
      <input
        type="checkbox"
        className="saved-select"
        checked={selected}
        disabled={!selected && !canSelect}
        onChange={(e) => setSelected(entry.id, e.currentTarget.checked)}
        aria-label="Select for comparison and export"
        aria-describedby={nameId}
        title={!selected && !canSelect ? `Compare takes up to ${MAX_COMPARED} saved scenarios` : undefined}
      />
      <div className="saved-main">
        {/* Stays in the DOM while renaming: the buttons and fields are described by it. */}
        <span id={nameId} className={renaming ? 'saved-name visually-hidden' : 'saved-name'}>
          {entry.name}
        </span>
        {renaming && <RenameForm entry={entry} nameId={nameId} onDone={() => setRenaming(false)} />}
        <span className="saved-caption">
          {scenarioCaption(valid)}
          {onScreen && <span className="saved-badge"> · on screen</span>}
        </span>
      </div>
      {!renaming && (
        <div className="saved-actions">
          <button type="button" className="button small" onClick={() => load(valid)} aria-describedby={nameId}>
            Open
          </button>
          <button type="button" className="button small" onClick={() => setRenaming(true)} aria-describedby={nameId}>
            Rename
          </button>
          <button type="button" className="button small" onClick={duplicate} aria-describedby={nameId}>
            Duplicate
          </button>
          <button type="button" className="button small danger" onClick={remove} aria-describedby={nameId}>
            Delete
          </button>
        </div>
      )}
    </li>
  )
}

/** Read a chosen file, import what is valid, and say exactly what happened. */
async function importFile(file: File, add: SavedScenariosState['addMany'], rules: ReturnType<typeof useScenarioRules>) {
  const what = quote(file.name)
  const refuse = (why: string) =>
    showNotice({ id: 'import', tone: 'problem', title: `${what} was not imported: ${why}.`, items: ['Your saved scenarios are unchanged.'] })
  if (file.size > IMPORT_MAX_BYTES) return refuse(`it is too large (${formatBytes(file.size)}; the limit is ${formatBytes(IMPORT_MAX_BYTES)})`)
  let text: string
  try {
    text = await file.text()
  } catch {
    return refuse('the browser could not read it')
  }
  const read = parseScenarioFile(text)
  if (!read.ok) return refuse(read.error)
  const entries = read.value.entries.map((e) => ({ name: e.name, scenario: normaliseScenario(e.scenario, rules.limits, rules.published) }))
  const added = add(entries)
  if (!added.ok) return refuse(`it could not be saved: ${added.error}`)
  const renamed = added.value.filter((e, i) => e.name !== entries[i]?.name)
  const items = [
    `Imported: ${added.value.map((e) => quote(e.name)).join(', ')}.`,
    ...(renamed.length ? [`Renamed because the name was taken: ${renamed.map((e) => quote(e.name)).join(', ')}.`] : []),
    ...(read.value.skipped.length ? [`Not imported: ${read.value.skipped.join('; ')}.`] : []),
  ]
  const n = added.value.length
  showNotice({
    id: 'import',
    tone: read.value.skipped.length ? 'problem' : 'info',
    title: read.value.skipped.length
      ? `${what} was only partly imported: ${n} scenario${n === 1 ? '' : 's'} added, ${read.value.skipped.length} skipped. Existing scenarios are unchanged.`
      : `Imported ${n} scenario${n === 1 ? '' : 's'} from ${what}.`,
    items,
  })
}

/** Save, list, open, rename, duplicate, delete; pick for Compare; import and export files. */
export function SavedScenariosPanel() {
  const saved = useSavedScenariosApi()
  const scenarios = useSavedScenarios((s) => s.scenarios)
  const rules = useScenarioRules()
  const selectedIds = useCompareStore((s) => s.selectedIds)
  const keepOnly = useCompareStore((s) => s.keepOnly)
  const openCompare = useCompareStore((s) => s.open)
  const [saving, setSaving] = useState(false)
  const saveButton = useRef<HTMLButtonElement>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const titleId = useId()

  useEffect(() => keepOnly(new Set(scenarios.map((e) => e.id))), [scenarios, keepOnly])

  const selected = scenarios.filter((e) => selectedIds.includes(e.id))
  const exportFile = () => {
    const list = selected.length ? selected : scenarios
    const date = new Date().toISOString().slice(0, 10)
    downloadBlob(`honda-nissan-scenarios-${date}.json`, new Blob([scenarioFileText(list, new Date())], { type: 'application/json' }))
  }
  const compare = () => {
    openCompare()
    // Let the region render, then bring it into view.
    requestAnimationFrame(() => document.getElementById('comparison')?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }))
  }

  return (
    <section className="panel scenarios-panel" aria-labelledby={titleId}>
      <div className="scenarios-head">
        <h2 id={titleId}>Scenarios</h2>
        <div className="scenarios-actions">
          {!saving && (
            <button ref={saveButton} type="button" className="button" onClick={() => setSaving(true)}>
              Save scenario
            </button>
          )}
          <button type="button" className="button secondary" onClick={compare} aria-controls="comparison">
            Compare
          </button>
          <button type="button" className="button small" onClick={exportFile} disabled={scenarios.length === 0}>
            {selected.length ? `Export ${selected.length} selected (JSON)` : 'Export scenarios (JSON)'}
          </button>
          <button type="button" className="button small" onClick={() => fileInput.current?.click()}>
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
              if (file) void importFile(file, (entries) => saved.getState().addMany(entries), rules)
            }}
          />
        </div>
      </div>
      {saving && (
        <SaveForm
          onDone={() => {
            setSaving(false)
            requestAnimationFrame(() => saveButton.current?.focus())
          }}
        />
      )}
      <ul className="saved-list" aria-label="Saved scenarios">
        {scenarios.map((e) => (
          <SavedItem
            key={e.id}
            entry={e}
            selected={selectedIds.includes(e.id)}
            canSelect={selectedIds.length < MAX_COMPARED}
          />
        ))}
      </ul>
      {scenarios.length === 0 ? (
        <p className="hint">
          No saved scenarios yet. Save the one on screen to keep it in this browser, compare it with others, or share it as a file.
        </p>
      ) : (
        <p className="hint">
          Tick up to {MAX_COMPARED} to compare or export them; with none ticked, Compare shows the {MAX_COMPARED} most recent and Export
          takes all.
        </p>
      )}
    </section>
  )
}
