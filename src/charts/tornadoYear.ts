import { createUiStore } from '../store/createUiStore'
import { FULL_RAMP } from '../model/partnership'

/**
 * The year "What matters most" explains: FULL_RAMP or a calendar year. A view setting, not part of
 * the scenario; shared by the chart on the page and its copy in the export stage.
 */
export const tornadoYear = createUiStore<{ year: number }>(() => ({ year: FULL_RAMP }))

export function useTornadoYear(): number {
  return tornadoYear((s) => s.year)
}

export function setTornadoYear(year: number): void {
  tornadoYear.setState({ year })
}
