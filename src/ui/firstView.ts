import { createUiStore } from '../store/createUiStore'

/*
 * The page's first view (issue 7). The entry holds back the panels below the fold (saved
 * scenarios, comparison, assumptions, methodology) so that the first task renders only what the
 * first view shows; the charts then draw one per frame (charts/MeasuredContainer), and the panels
 * are rendered with the last chart's turn. A page that draws no charts (an error, a slide opened
 * from the link) gets them after `maxWaitMs` at the latest. Where nothing holds them (the
 * component tests, which render App without the entry), they render at once.
 */

const useFirstViewStore = createUiStore<{ holding: boolean }>(() => ({ holding: false }))

/** Called by the entry before the first render. */
export function holdBelowTheFold(maxWaitMs: number): void {
  useFirstViewStore.setState({ holding: true })
  setTimeout(releaseBelowTheFold, maxWaitMs)
}

/** The first view is drawn: render the panels below it. */
export function releaseBelowTheFold(): void {
  if (useFirstViewStore.getState().holding) useFirstViewStore.setState({ holding: false })
}

/** False while the panels below the fold wait for the first view. */
export function useBelowTheFold(): boolean {
  return useFirstViewStore((s) => !s.holding)
}
