import { PARTNERSHIP_OPTIONS, type Scenario } from '../model/scenario'
import { formatFx, formatMoney, formatPct, formatYears } from './format'
import { OPTION_NAMES } from './optionNames'

/**
 * The words that state a scenario: chart captions, source lines and file names all come from
 * here, so a slide and the page never disagree on what was shown.
 */
function chosenOptions(s: Pick<Scenario, 'partnership'>): (keyof Scenario['partnership'])[] {
  return PARTNERSHIP_OPTIONS.filter((o) => s.partnership[o])
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** "Tariff 25% · shared drivetrains and co-developed platforms from 2027 · USD" */
export function scenarioCaption(s: Scenario): string {
  const options = chosenOptions(s)
  const partnership = options.length ? `${joinWords(options.map((o) => OPTION_NAMES[o].short))} from ${s.startYear}` : 'no partnership'
  const money = s.currency === 'JPY' ? `JPY at ${formatFx(s.assumptions.fxJpyPerUsd)}` : 'USD'
  return `Tariff ${formatPct(s.tariffPct)} · ${partnership} · ${money}`
}

/** The assumptions that shape the numbers in view, for the source line. */
export function assumptionSummary(s: Scenario): string {
  const a = s.assumptions
  const parts = [`${formatPct(a.passThroughPct)} of the tariff passed on to buyers`]
  if (s.partnership.drivetrains)
    parts.push(`drivetrains move ${formatPct(a.drivetrainsPct)} of exposed value over ${formatYears(a.drivetrainsRampYears)}`)
  if (s.partnership.platforms) parts.push(`platforms move ${formatPct(a.platformsPct)} over ${formatYears(a.platformsRampYears)}`)
  if (s.partnership.software)
    parts.push(
      `software saves ${formatMoney(a.softwareSavingUsd, 'USD', a.fxJpyPerUsd)} per company a year over ${formatYears(a.softwareRampYears)}`,
    )
  if (s.currency === 'JPY') parts.push(`${formatFx(a.fxJpyPerUsd)}`)
  return parts.join('; ')
}

export const PUBLISHED_SOURCE = 'company estimates as reported, November 2025'

export function sourceLine(s: Scenario): string {
  return `Source: ${PUBLISHED_SOURCE}; model assumptions: ${assumptionSummary(s)}.`
}

/** "25pct_drivetrains-platforms-2027" — safe in any file system. */
export function scenarioSlug(s: Scenario): string {
  const tariff = `${String(s.tariffPct).replace('.', '-')}pct`
  const options = chosenOptions(s)
  const partnership = options.length ? `${options.join('-')}-${s.startYear}` : 'no-partnership'
  return `${tariff}_${partnership}${s.currency === 'JPY' ? '_jpy' : ''}`
}

export function chartFileName(chartSlug: string, s: Scenario, extension: string): string {
  return `honda-nissan_${chartSlug}_${scenarioSlug(s)}.${extension}`
}
