import { useEffect } from 'react'
import type { Scenario } from '../model/scenario'
import { encodeScenarioQuery, parseScenarioQuery, scenarioHref } from '../share/scenarioUrl'
import { pickScenario, sameScenario, type ScenarioStore } from '../store/scenarioStore'
import { showNotice } from '../store/noticeStore'
import { linkNotice } from './scenarioNotices'
import { replaceAddress } from '../ui/addressBar'
import type { ScenarioLimits } from '../data/publishedScenario'

/**
 * The address bar's query string follows the scenario. replaceState, not pushState, so the back
 * button is not flooded; at most one write per WRITE_EVERY_MS while a slider moves (well inside
 * the contract's half second). Only the query string is written: the hash belongs to
 * presentation mode (#slide=N) and is kept as it is.
 */
export const WRITE_EVERY_MS = 150

export function useUrlSync(store: ScenarioStore, published: Scenario, limits?: ScenarioLimits) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const write = () => {
      timer = undefined
      const href = scenarioHref(window.location, encodeScenarioQuery(pickScenario(store.getState()), published))
      const now = `${window.location.pathname}${window.location.search}${window.location.hash}`
      // A refused write is reported once and the app goes on (the scenario is in the store).
      if (href !== now) replaceAddress(href)
    }
    // The first write tidies the link that opened the page: unknown or bad values go, and a path
    // that starts with "//" becomes one that can only mean this site.
    write()
    const unsubscribe = store.subscribe(() => {
      timer ??= setTimeout(write, WRITE_EVERY_MS)
    })
    // Back/forward to an entry with another query (another app's pushState): follow it.
    const onPopState = () => {
      if (!limits) return
      const reading = parseScenarioQuery(window.location.search, { published, limits })
      if (!sameScenario(reading.scenario, pickScenario(store.getState()))) store.getState().load(reading.scenario)
      if (reading.ignored.length) showNotice(linkNotice(reading.ignored))
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      unsubscribe()
      clearTimeout(timer)
      window.removeEventListener('popstate', onPopState)
    }
  }, [store, published, limits])
}
