import './SavedItem.css'
import { memo, useId, useRef, useState, type MouseEvent } from 'react'
import type { Scenario } from '../model/scenario'
import type { SavedScenario } from '../share/scenarioSchema'
import { useSavedScenariosApi } from './SavedScenariosContext'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { MAX_COMPARED, useCompareStore } from './compareStore'
import { scenarioCaption } from '../format/scenarioText'
import { INFO_NOTICE_ID, quote, saveFailed, showPanelNotice } from './savedMessages'
import { RenameForm } from './RenameForm'

export interface SavedItemProps {
  entry: SavedScenario
  /** The entry's scenario made valid (computed once per list change, not per render). */
  valid: Scenario
  onScreen: boolean
  selected: boolean
  canSelect: boolean
  onDelete: (entry: SavedScenario, e: MouseEvent) => void
}

/**
 * One saved scenario. Its buttons are named by their verb alone ("Open", "Rename"…) and described
 * by the scenario's name: a name is user text (the suggested one reads "Tariff 25% · …"), and in
 * a button's name it would collide with the contract's names ("25%", "Reset", "Save"…). It does
 * not subscribe to the scenario: the list works out which one is on screen, once per change.
 */
export const SavedItem = memo(function SavedItem({ entry, valid, onScreen, selected, canSelect, onDelete }: SavedItemProps) {
  const saved = useSavedScenariosApi()
  const scenarioStore = useScenarioStoreApi()
  const setSelected = useCompareStore((s) => s.setSelected)
  const [renaming, setRenaming] = useState(false)
  const renameButton = useRef<HTMLButtonElement>(null)
  const nameId = useId()
  // OK, Cancel and Escape remove the form: focus goes back to Rename, which opened it (#10).
  const doneRenaming = () => {
    setRenaming(false)
    requestAnimationFrame(() => renameButton.current?.focus())
  }
  const duplicate = () => {
    const r = saved.getState().duplicate(entry.id)
    if (r.ok) showPanelNotice({ id: INFO_NOTICE_ID, tone: 'info', title: `Saved a copy as ${quote(r.value.name)}.` })
    else saveFailed(`A copy of ${quote(entry.name)}`, r.error, saved.getState())
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
        {/* Stays in the DOM while renaming: the buttons and fields are described by it. <bdi>: a
            right-to-left name keeps to itself. */}
        <bdi id={nameId} className={renaming ? 'saved-name visually-hidden' : 'saved-name'}>
          {entry.name}
        </bdi>
        {renaming && <RenameForm entry={entry} nameId={nameId} onDone={doneRenaming} />}
        <span className="saved-caption">
          {scenarioCaption(valid)}
          {onScreen && <span className="saved-badge"> · on screen</span>}
        </span>
      </div>
      {!renaming && (
        <div className="saved-actions">
          <button type="button" className="button small" onClick={() => scenarioStore.getState().load(valid)} aria-describedby={nameId}>
            Open
          </button>
          <button ref={renameButton} type="button" className="button small" onClick={() => setRenaming(true)} aria-describedby={nameId}>
            Rename
          </button>
          <button type="button" className="button small" onClick={duplicate} aria-describedby={nameId}>
            Duplicate
          </button>
          <button type="button" className="button small danger" onClick={(e) => onDelete(entry, e)} aria-describedby={nameId}>
            Delete
          </button>
        </div>
      )}
    </li>
  )
})
