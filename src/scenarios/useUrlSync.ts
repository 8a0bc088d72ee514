import { useEffect } from 'react'
import type { Scenario } from '../model/scenario'
import { encodeScenarioQuery, parseScenarioQuery, scenarioHref } from '../share/scenarioUrl'
import { pickScenario, sameScenario, type ScenarioStore } from '../store/scenarioStore'
import { showNotice } from '../store/noticeStore'
import { linkNotice } from './scenarioNotices'
import { replaceAddress } from '../ui/addressBar'
import { useUiStore } from '../store/uiStore'
import type { ScenarioLimits } from '../data/publishedScenario'

/**
 * The address bar's query string follows the scenario. replaceState, not pushState, so the back
 * button is not flooded; at most one write per WRITE_EVERY_MS (well inside the contract's half
 * second). Only the query string is written: the hash belongs to presentation mode (#slide=N) and
 * is kept as it is.
 *
 * While a slider moves (#7), a write is the one thing in a step that nobody sees: replaceState
 * took 1 ms at rest but up to 12 ms during a held key (measured in Chromium on a 2-core machine),
 * and a key that arrived during it waited. So during a gesture the address is written at most
 * every GESTURE_WRITE_EVERY_MS, still inside the half second, and in the task after a frame's
 * paint, when the last step is on screen and the next key is furthest away.
 */
export const WRITE_EVERY_MS = 150
export const GESTURE_WRITE_EVERY_MS = 250

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
    let frame: number | undefined
    const afterPaint = () => {
      frame = requestAnimationFrame(() => {
        frame = undefined
        timer = setTimeout(write, 0)
      })
    }
    const unsubscribe = store.subscribe(() => {
      if (timer !== undefined) return
      timer = useUiStore.getState().isAdjusting ? setTimeout(afterPaint, GESTURE_WRITE_EVERY_MS) : setTimeout(write, WRITE_EVERY_MS)
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
      if (frame !== undefined) cancelAnimationFrame(frame)
      window.removeEventListener('popstate', onPopState)
    }
  }, [store, published, limits])
}
