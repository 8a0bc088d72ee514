import { useCallback, useMemo, useRef, useState } from 'react'
import type { Scenario } from '../model/scenario'
import type { SavedScenario } from '../share/scenarioSchema'
import { normaliseScenario, pickScenario } from '../store/scenarioStore'
import type { ScenarioState } from '../store/scenarioStore'
import { useScenario } from '../store/ScenarioStoreContext'
import { useSavedScenariosApi } from './SavedScenariosContext'
import { MAX_COMPARED, useCompareStore } from './compareStore'
import { formatCount } from '../format/format'
import type { ScenarioRules } from './useScenarioRules'
import { SavedItem } from './SavedItem'
import { useDeletions } from './useDeletions'

/** Items drawn at first, and added by each "Show more": a long list costs nothing until asked for. */
export const PAGE_SIZE = 50

/** A scenario as one string: equal scenarios give equal keys. */
function scenarioKey(s: Scenario): string {
  const a = s.assumptions
  return [
    s.tariffPct,
    s.startYear,
    s.currency,
    s.partnership.software,
    s.partnership.drivetrains,
    s.partnership.platforms,
    a.fxJpyPerUsd,
    a.passThroughPct,
    a.drivetrainsPct,
    a.drivetrainsRampYears,
    a.platformsPct,
    a.platformsRampYears,
    a.softwareSavingUsd,
    a.softwareRampYears,
    a.vehicleValueUsd,
  ].join('|')
}

/**
 * The saved list. Which saved scenario is on screen is found once per change by one lookup
 * (scenario key → id), so a slider step costs one string, not one comparison per saved item.
 */
export function SavedList({ scenarios, rules }: { scenarios: readonly SavedScenario[]; rules: ScenarioRules }) {
  const saved = useSavedScenariosApi()
  const selectedIds = useCompareStore((s) => s.selectedIds)
  const [shown, setShown] = useState(PAGE_SIZE)
  // Scenarios saved since the page opened stay visible below the first page, so a save is seen.
  const [openedAt] = useState(() => Date.now())
  const listRef = useRef<HTMLUListElement>(null)
  const onDelete = useDeletions(saved, listRef)

  const valid = useMemo(() => {
    const byId = new Map<string, Scenario>()
    const idByKey = new Map<string, string>()
    for (const e of scenarios) {
      const v = normaliseScenario(e.scenario, rules.limits, rules.published)
      byId.set(e.id, v)
      const key = scenarioKey(v)
      if (!idByKey.has(key)) idByKey.set(key, e.id)
    }
    return { byId, idByKey }
  }, [scenarios, rules])
  const onScreenId = useScenario(useCallback((s: ScenarioState) => valid.idByKey.get(scenarioKey(pickScenario(s))) ?? null, [valid]))

  const visible = useMemo(() => {
    const fresh = scenarios.filter((e, i) => i >= shown && e.createdAt >= openedAt).slice(-PAGE_SIZE)
    return fresh.length ? [...scenarios.slice(0, shown), ...fresh] : scenarios.slice(0, shown)
  }, [scenarios, shown, openedAt])
  const hidden = scenarios.length - visible.length
  const canSelect = selectedIds.length < MAX_COMPARED
  return (
    <>
      {/* tabIndex -1: focus lands here after a Restore or the last Delete (#10). */}
      <ul ref={listRef} className="saved-list" aria-label="Saved scenarios" tabIndex={-1}>
        {visible.map((e) => (
          <SavedItem
            key={e.id}
            entry={e}
            valid={valid.byId.get(e.id)!}
            onScreen={e.id === onScreenId}
            selected={selectedIds.includes(e.id)}
            canSelect={canSelect}
            onDelete={onDelete}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <p className="saved-more">
          <span>
            Showing {formatCount(visible.length)} of {formatCount(scenarios.length)}.
          </span>{' '}
          <button type="button" className="button small" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            Show {formatCount(Math.min(PAGE_SIZE, hidden))} more
          </button>
        </p>
      )}
    </>
  )
}
