import { formatPct } from '../format/format'
import { TARIFF_LIMITS } from '../data/publishedScenario'
import type { NoteAnchors } from './NoteEditor'
import { COMPANY_NOTE_CATEGORIES, NOTE_ANCHOR_KIND, type NoteChart } from '../model/notes'

/** Where notes can sit on each chart (#9); the chart components pass these to ChartFrame. */

/** A year on the x axis (Cost over time, Plant footprint). */
export function yearNoteAnchors(years: readonly number[], initial: () => number): NoteAnchors {
  return {
    label: 'Year',
    choices: { options: years.map((y) => ({ value: y, label: String(y) })) },
    initial: () => {
      const y = initial()
      return years.includes(y) ? y : years[0]!
    },
    describe: String,
  }
}

/** A tariff rate on the sensitivity chart, starting at the current tariff. */
export function tariffNoteAnchors(currentPct: () => number): NoteAnchors {
  return {
    label: 'Tariff rate (%)',
    choices: { min: TARIFF_LIMITS.min, max: TARIFF_LIMITS.max, step: TARIFF_LIMITS.step },
    initial: currentPct,
    describe: (a) => formatPct(Number(a)),
  }
}

/** A bar on Tariff cost by company, by its lower-case key. */
export const COMPANY_NOTE_ANCHORS: NoteAnchors = {
  label: 'Company',
  choices: { options: Object.entries(COMPANY_NOTE_CATEGORIES).map(([value, label]) => ({ value, label })) },
  initial: () => 'combined',
  describe: (a) => COMPANY_NOTE_CATEGORIES[String(a)] ?? String(a),
}

/** A row of What matters most: an assumption (or the tariff) by its key. */
export function rowNoteAnchors(rows: readonly { key: string; name: string }[]): NoteAnchors {
  return {
    label: 'Assumption',
    choices: { options: rows.map((r) => ({ value: r.key, label: r.name })) },
    initial: () => rows[0]?.key ?? 'tariffPct',
    describe: (a) => rows.find((r) => r.key === a)?.name ?? String(a),
  }
}

/** A note's anchor as text outside the chart (the editable deck): "2028", "25%", "Combined", "tariffPct". */
export function noteAnchorText(chart: NoteChart, anchor: number | string): string {
  const kind = NOTE_ANCHOR_KIND[chart]
  if (kind === 'tariff') return formatPct(Number(anchor))
  if (chart === 'tariff-cost-by-company') return COMPANY_NOTE_CATEGORIES[String(anchor)] ?? String(anchor)
  return String(anchor)
}
