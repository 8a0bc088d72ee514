import './answers.css'
import { ScenarioSummary } from './ScenarioSummary'
import { BreakEvenPanel } from './BreakEvenPanel'

/** The scenario in words and the break-even, between the key figures and the charts. */
export function AnswerPanels() {
  return (
    <div className="answer-panels">
      <ScenarioSummary />
      <BreakEvenPanel />
    </div>
  )
}
