import { useId, useRef, useState } from 'react'
import { useScenarioSummary } from '../store/answers'

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
  const text = useScenarioSummary()
  const textRef = useRef<HTMLParagraphElement>(null)
  const [status, setStatus] = useState<{ text: string; isError: boolean } | null>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
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
