import type { NoteChart } from '../model/notes'

/**
 * Each chart's title: its figure's accessible name (UI-CONTRACT.md), its slide's and files'
 * heading, and how a message about a link names it. Here so that links (share/) can name a chart
 * without reaching into charts/.
 */
export const CHART_TITLES: Readonly<Record<NoteChart, string>> = {
  'tariff-cost-by-company': 'Tariff cost by company',
  'tariff-sensitivity': 'Tariff sensitivity',
  'cost-over-time': 'Cost over time',
  'plant-footprint': 'Plant footprint',
  'what-matters-most': 'What matters most',
}
