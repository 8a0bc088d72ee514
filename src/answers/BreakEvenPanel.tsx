import { useCallback, useId, useMemo, useState } from 'react'
import { useTodayTariffPct } from '../store/answers'
import { useScenario, useScenarioStoreApi } from '../store/ScenarioStoreContext'
import { pickScenario, type ScenarioState } from '../store/scenarioStore'
import { LiveText } from '../store/liveText'
import { useBaseline, useExposedImports } from '../data/useBaseline'
import { formatPct } from '../format/format'
import { appliedText, breakEvenTexts } from '../store/breakEvenTexts'

/**
 * "Break-even": the highest tariff the chosen partnership absorbs, the share of exposed value that
 * must move to hold today's cost at the chosen tariff, and whether the options can move it. The
 * sentences follow a slider step without a render (store/liveText, #7); the panel itself renders
 * only when which sentences there are, or whether Apply can act, changes.
 */
export function BreakEvenPanel() {
  const id = useId()
  const exposed = useExposedImports()
  const bounds = useBaseline().assumptions
  const today = useTodayTariffPct()
  const store = useScenarioStoreApi()
  const texts = useMemo(() => breakEvenTexts(exposed, bounds, today), [exposed, bounds, today])
  const shape = useScenario(
    useCallback(
      (s: ScenarioState) => (texts.second(s) === null ? 0 : 1) + (texts.third(s) === null ? 0 : 2) + (texts.canApply(s) ? 4 : 0),
      [texts],
    ),
  )
  const [applied, setApplied] = useState<string | null>(null)
  const second = useCallback((s: ScenarioState) => texts.second(s) ?? '', [texts])
  const third = useCallback((s: ScenarioState) => texts.third(s) ?? '', [texts])

  const apply = () => {
    const s = store.getState()
    const b = texts.result(s)
    const plan = b.plan
    if (plan.kind !== 'reach' && plan.kind !== 'short') return
    // One load is one undo step for both effects.
    s.load({ ...pickScenario(s), assumptions: { ...s.assumptions, drivetrainsPct: plan.drivetrainsPct, platformsPct: plan.platformsPct } })
    setApplied(appliedText(plan, s.partnership, b.requiredShare, formatPct(s.tariffPct)))
  }

  return (
    <section className="answer-panel break-even" aria-labelledby={`${id}-title`}>
      <div className="answer-head">
        <h2 id={`${id}-title`}>Break-even</h2>
        <button type="button" className="button small" onClick={apply} disabled={(shape & 4) === 0} aria-describedby={`${id}-apply`}>
          Apply
        </button>
      </div>
      <LiveText as="p" className="answer-text" text={texts.first} />
      {(shape & 1) !== 0 && <LiveText as="p" className="answer-text" text={second} />}
      {(shape & 2) !== 0 && <LiveText as="p" className="answer-text" text={third} />}
      <p id={`${id}-apply`} className="answer-hint">
        Apply sets the chosen options’ effects (in Assumptions) to move the share needed at the chosen tariff, or as much as their ranges
        allow.
      </p>
      {applied && (
        <p className="answer-status" role="status">
          {applied}
        </p>
      )}
    </section>
  )
}
