import { breakEvenTariffPct, requiredCutShare } from '../model/breakEven'
import { exposureCut, FULL_RAMP } from '../model/partnership'
import { scenarioCost, type ExposedImports } from '../model/projection'
import { PARTNERSHIP_OPTIONS, type PartnershipOption, type Scenario } from '../model/scenario'
import { BASELINE_TARIFF_PCT } from '../model/tariffCost'
import { formatMoney, formatPct, formatPctApprox } from './format'
import { OPTION_NAMES } from './optionNames'

/**
 * The scenario in words: two or three sentences from the same model numbers as the charts, in the
 * chosen currency. The page shows it ("Scenario summary"), the slide deck carries it as speaker
 * notes and every exported image as its description (SVG <desc>, PPTX alt text).
 */

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** "an 18% tariff", "an 8% tariff", "an 11.5% tariff", otherwise "a". */
function article(pctText: string): string {
  return /^(8|11(?=[.%])|18(?=[.%]))/.test(pctText) ? 'an' : 'a'
}

/** The year every chosen option has reached its full effect. */
export function fullRampYear(s: Pick<Scenario, 'partnership' | 'startYear' | 'assumptions'>): number {
  const a = s.assumptions
  const ramps: Record<PartnershipOption, number> = {
    drivetrains: a.drivetrainsRampYears,
    platforms: a.platformsRampYears,
    software: a.softwareRampYears,
  }
  const chosen = (Object.keys(ramps) as PartnershipOption[]).filter((o) => s.partnership[o])
  return s.startYear + Math.max(1, ...chosen.map((o) => Math.max(1, ramps[o]))) - 1
}

export function scenarioSummary(s: Scenario, exposed: ExposedImports, todayTariffPct: number): string {
  const money = (usd: number) => formatMoney(usd, s.currency, s.assumptions.fxJpyPerUsd)
  const now = scenarioCost(exposed, s)
  const today = scenarioCost(exposed, { ...s, tariffPct: todayTariffPct })
  const t = formatPct(s.tariffPct)
  const todayText = formatPct(todayTariffPct)
  const passed = s.assumptions.passThroughPct > 0 ? `, with ${formatPct(s.assumptions.passThroughPct)} of it passed on to buyers,` : ','
  const N = money(now.nissan.withoutUsd)
  const H = money(now.honda.withoutUsd)
  const diff = money(Math.abs(now.combined.withoutUsd - today.combined.withoutUsd))

  let first: string
  if (s.tariffPct <= BASELINE_TARIFF_PCT) {
    first = `At ${article(t)} ${t} tariff, no higher than the pre-trade-war ${formatPct(BASELINE_TARIFF_PCT)}, neither company bears an extra tariff cost: ${money(today.combined.withoutUsd)} a year less than at today's ${todayText}.`
  } else if (s.assumptions.passThroughPct >= 100) {
    first = `At ${article(t)} ${t} tariff, with all of it passed on to buyers, neither company bears a tariff cost.`
  } else if (s.tariffPct === todayTariffPct) {
    first = `At today's ${t} tariff${passed} Nissan's yearly tariff cost is ${N} and Honda's ${H}, ${money(now.combined.withoutUsd)} together.`
  } else {
    const way = s.tariffPct > todayTariffPct ? 'rises' : 'falls'
    const than = s.tariffPct > todayTariffPct ? 'more' : 'less'
    first = `At ${article(t)} ${t} tariff${passed} Nissan's yearly tariff cost ${way} to ${N} and Honda's to ${H}, ${diff} ${than} than at today's ${todayText}.`
  }

  const p = s.partnership
  const chosen = PARTNERSHIP_OPTIONS.filter((o) => p[o])
  const tariffOptions = p.drivetrains || p.platforms
  const sentences = [first]
  if (chosen.length === 0) {
    const need = requiredCutShare(s.tariffPct, todayTariffPct)
    sentences.push(
      need > 0 && now.combined.withoutUsd > 0
        ? `With no partnership, holding today's ${money(today.combined.withoutUsd)} would take moving ${formatPctApprox(need * 100)} of the tariff-exposed import value into North America.`
        : 'No partnership is chosen.',
    )
    return sentences.join(' ')
  }
  const names = capitalise(joinWords(chosen.map((o) => OPTION_NAMES[o].short)))
  const c = now.combined
  const tariffSaving = c.drivetrainsSavingUsd + c.platformsSavingUsd
  const fullYear = fullRampYear(s)
  if (!tariffOptions) {
    sentences.push(
      `${names} from ${s.startYear} would save ${money(c.softwareSavingUsd)} a year in development cost once fully ramped in ${fullYear}; it does not change the tariff cost.`,
    )
    return sentences.join(' ')
  }
  const split = p.software ? ` (${money(tariffSaving)} of tariff, ${money(c.softwareSavingUsd)} of development cost)` : ''
  sentences.push(`${names} from ${s.startYear} would save ${money(c.savingUsd)} a year${split} once fully ramped in ${fullYear}.`)
  const cut = exposureCut(p, s.assumptions, s.startYear, FULL_RAMP).total
  const breakEven = breakEvenTariffPct(cut, todayTariffPct, s.assumptions.passThroughPct)
  if (Number.isFinite(breakEven) && today.combined.withoutUsd > 0) {
    sentences.push(
      `Then the combined tariff cost stays at or below today's ${money(today.combined.withoutUsd)} up to a tariff of ${formatPctApprox(breakEven)}.`,
    )
  }
  return sentences.join(' ')
}
