import './answers.css'
import { ScenarioSummary } from './ScenarioSummary'
import { BreakEvenPanel } from './BreakEvenPanel'
import { useHeightHeldWhileAdjusting } from '../ui/useHeightHeldWhileAdjusting'

/** The scenario in words and the break-even, between the key figures and the charts. */
export function AnswerPanels() {
  // The break-even's sentences change in number where the tariff crosses today's rate: the charts
  // below must not jump while a slider moves.
  const holdHeight = useHeightHeldWhileAdjusting<HTMLDivElement>({ children: true })
  return (
    <div className="answer-panels" ref={holdHeight}>
      <ScenarioSummary />
      <BreakEvenPanel />
    </div>
  )
}
