import './SavedScenariosPanel.css'
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { useSavedScenarios } from './SavedScenariosContext'
import { MAX_COMPARED, useCompareStore } from './compareStore'
import { MAX_SAVED } from './savedData'
import { formatCount } from '../format/format'
import { useScenarioRules } from './useScenarioRules'
import { SaveForm } from './SaveForm'
import { SavedList } from './SavedList'
import { ScenarioFileActions } from './ScenarioFileActions'
import { scrollBehavior } from '../ui/focus'

/**
 * Save, list, open, rename, duplicate, delete; pick for Compare; import and export files.
 * `messages` shows what the panel's actions did, next to them: the page's message list, which
 * lives in scenarios/ (saved/ may not import it), restricted to this panel's messages.
 */
export function SavedScenariosPanel({ messages }: { messages: ReactNode }) {
  const scenarios = useSavedScenarios((s) => s.scenarios)
  const rules = useScenarioRules()
  const selectedIds = useCompareStore((s) => s.selectedIds)
  const keepOnly = useCompareStore((s) => s.keepOnly)
  const openCompare = useCompareStore((s) => s.open)
  const isComparing = useCompareStore((s) => s.isOpen)
  const [saving, setSaving] = useState(false)
  const saveButton = useRef<HTMLButtonElement>(null)
  const titleId = useId()

  useEffect(() => keepOnly(new Set(scenarios.map((e) => e.id))), [scenarios, keepOnly])

  const selected = useMemo(() => scenarios.filter((e) => selectedIds.includes(e.id)), [scenarios, selectedIds])
  const compare = () => {
    openCompare()
    // Let the region render, then bring it into view and move focus there, so a keyboard or
    // screen reader user lands on what the button opened (#10).
    requestAnimationFrame(() => {
      const region = document.getElementById('comparison')
      region?.scrollIntoView?.({ block: 'start', behavior: scrollBehavior() })
      region?.focus({ preventScroll: true })
    })
  }

  return (
    // tabIndex -1: where focus goes when the last of its messages is dismissed (#10).
    <section className="panel scenarios-panel" aria-labelledby={titleId} tabIndex={-1}>
      <div className="scenarios-head">
        <h2 id={titleId}>Scenarios</h2>
        <div className="scenarios-actions">
          {!saving && (
            <button ref={saveButton} type="button" className="button" onClick={() => setSaving(true)}>
              Save scenario
            </button>
          )}
          <button
            type="button"
            className="button secondary"
            onClick={compare}
            data-action="compare"
            // Only while the region exists: an id that names nothing is an ARIA error (axe, #10).
            aria-controls={isComparing ? 'comparison' : undefined}
          >
            Compare
          </button>
          <ScenarioFileActions scenarios={scenarios} selected={selected} rules={rules} />
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
      {messages}
      <SavedList scenarios={scenarios} rules={rules} />
      {scenarios.length === 0 ? (
        <p className="hint">
          No saved scenarios yet. Save the one on screen to keep it in this browser, compare it with others, or share it as a file.
        </p>
      ) : (
        <p className="hint">
          Tick up to {MAX_COMPARED} to compare or export them; with none ticked, Compare shows the {MAX_COMPARED} most recent and Export
          takes all. This browser keeps up to {formatCount(MAX_SAVED)} saved scenarios.
        </p>
      )}
    </section>
  )
}
