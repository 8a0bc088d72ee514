import { useCallback, useId, useState } from 'react'
import { useExposedImports } from '../data/useBaseline'
import { scenarioSummary } from '../format/scenarioSummary'
import { useTodayTariffPct } from '../store/answers'
import { useLiveText } from '../store/liveText'
import { useScenarioStoreApi } from '../store/ScenarioStoreContext'
import type { ScenarioState } from '../store/scenarioStore'

/** Select the paragraph's text so the user can copy it by hand when the page may not. */
function selectText(element: HTMLElement): boolean {
  const selection = window.getSelection()
  if (!selection) return false
  const range = document.createRange()
  range.selectNodeContents(element)
  selection.removeAllRanges()
  selection.addRange(range)
  return true
}

/** "Scenario summary": the scenario and its result in two or three sentences, above the charts. */
export function ScenarioSummary() {
  const id = useId()
  const exposed = useExposedImports()
  const today = useTodayTariffPct()
  const store = useScenarioStoreApi()
  // Followed at every slider step without a render (store/liveText, #7).
  const summaryOf = useCallback((s: ScenarioState) => scenarioSummary(s, exposed, today), [exposed, today])
  const { value: text, ref: textRef } = useLiveText<HTMLParagraphElement>(summaryOf)
  const [status, setStatus] = useState<{ text: string; isError: boolean } | null>(null)
  const copy = async () => {
    try {
      // The scenario now: during a gesture the rendered text is the gesture's start.
      await navigator.clipboard.writeText(summaryOf(store.getState()))
      setStatus({ text: 'Copied the summary to the clipboard.', isError: false })
    } catch {
      // No clipboard (not a secure page, permission refused): select it for Ctrl+C instead.
      const selected = textRef.current !== null && selectText(textRef.current)
      setStatus({
        text: selected
          ? 'This browser did not let the page copy. The summary is selected: press Ctrl+C (⌘C on a Mac) to copy it.'
          : 'This browser did not let the page copy. Select the summary and copy it by hand.',
        isError: true,
      })
    }
  }
  return (
    <section className="answer-panel scenario-summary" aria-labelledby={`${id}-title`}>
      <div className="answer-head">
        <h2 id={`${id}-title`}>Scenario summary</h2>
        <button type="button" className="button small" onClick={() => void copy()}>
          Copy summary
        </button>
      </div>
      <p ref={textRef} className="answer-text">
        {text}
      </p>
      {status && (
        <p className={status.isError ? 'answer-status is-error' : 'answer-status'} role="status">
          {status.text}
        </p>
      )}
    </section>
  )
}
