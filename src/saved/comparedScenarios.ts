import { PARTNERSHIP_OPTIONS, type Scenario } from '../model/scenario'

/**
 * One colour per compared scenario, the one on screen first (ink). Okabe–Ito hues for the saved
 * ones: they stay apart for the common colour-vision deficiencies and on a projector. Literal hex
 * so an exported SVG keeps them. Each line also has its own dash pattern.
 */
export const COMPARE_COLORS = ['#111827', '#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const
export const COMPARE_DASHES = [undefined, '8 3', '3 3', '10 3 3 3', '5 5'] as const

export function partnershipText(s: Scenario): string {
  const on = PARTNERSHIP_OPTIONS.filter((o) => s.partnership[o])
  // Short words: the table has a narrow column per scenario.
  return on.length ? `${on.join(', ')} from ${s.startYear}` : 'none'
}
