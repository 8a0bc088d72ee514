import './figures.css'
import { useId } from 'react'
import { useMoneyFormatters, useScenarioCost } from '../store/derived'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectPartnership, selectStartYear, selectTariffPct } from '../store/scenarioStore'
import { formatPct } from '../format/format'
import { usePublishedRates } from '../data/useBaseline'
import { BASELINE_TARIFF_PCT } from '../model/tariffCost'
import { useKeyFigureBands } from '../store/answers'
import type { Band } from '../model/bands'

/** The band under a figure: what the assumptions' stated ranges allow (model/bands). */
function rangeText(band: Band, money: (usd: number) => string): string {
  const low = money(band.low)
  const high = money(band.high)
  return low === high ? 'the stated assumption ranges do not move it' : `range ${low}–${high} with the stated assumption ranges`
}

function Figure(props: {
  title: string
  value: string
  note: string
  tone?: 'nissan' | 'honda' | 'combined' | 'saving'
  extra?: string
  range?: string
}) {
  const id = useId()
  return (
    <div className={`figure-card tone-${props.tone ?? 'combined'}`}>
      <div role="group" aria-labelledby={`${id}-t`} aria-describedby={`${id}-n`}>
        <h3 id={`${id}-t`} className="figure-title">
          {props.title}
        </h3>
        <p className="figure-value" aria-live="off">
          {props.value}
        </p>
        <p id={`${id}-n`} className="figure-note">
          {props.note}
        </p>
      </div>
      {props.extra && <p className="figure-extra">{props.extra}</p>}
      {props.range && <p className="figure-range">{props.range}</p>}
    </div>
  )
}

export function KeyFigures({ compact = false }: { compact?: boolean }) {
  const headingId = useId()
  const cost = useScenarioCost()
  const bands = useKeyFigureBands()
  const { money } = useMoneyFormatters()
  const tariffPct = useScenario(selectTariffPct)
  const partnership = useScenario(selectPartnership)
  const startYear = useScenario(selectStartYear)
  const preWar = formatPct(usePublishedRates().preTradeWarPct)
  const anyOption = partnership.software || partnership.drivetrains || partnership.platforms
  const costNote =
    tariffPct <= BASELINE_TARIFF_PCT
      ? `a year at ${formatPct(tariffPct)}: at or under the pre-trade-war ${preWar}`
      : `a year at ${formatPct(tariffPct)}, over the pre-trade-war ${preWar}`
  const c = cost.combined
  const savingNote = anyOption ? `a year at full ramp (from ${startYear})` : 'switch on a partnership option'
  const parts = [
    ...(partnership.drivetrains || partnership.platforms ? [`tariff ${money(c.drivetrainsSavingUsd + c.platformsSavingUsd)}`] : []),
    ...(partnership.software ? [`development ${money(c.softwareSavingUsd)}`] : []),
  ]
  // Slides show the figures alone; the ranges stay on the page.
  const range = (band: Band) => (compact ? undefined : rangeText(band, money))
  const breakdown = parts.length > 1 && !compact ? `Of which ${parts.join(', ')}` : undefined
  return (
    <section className={`key-figures${compact ? ' compact' : ''}`} aria-labelledby={headingId}>
      {/* Heading order (axe): the figures' h3s sit under an h2, not straight under the h1. */}
      <h2 id={headingId} className="visually-hidden">
        Key figures
      </h2>
      <Figure
        title="Nissan annual tariff cost"
        value={money(cost.nissan.withoutUsd)}
        note={costNote}
        tone="nissan"
        range={range(bands.nissan)}
      />
      <Figure
        title="Honda annual tariff cost"
        value={money(cost.honda.withoutUsd)}
        note={costNote}
        tone="honda"
        range={range(bands.honda)}
      />
      <Figure
        title="Combined annual tariff cost"
        value={money(c.withoutUsd)}
        note="Nissan + Honda, before any partnership"
        range={range(bands.combined)}
      />
      <Figure
        title="Partnership savings"
        value={money(c.savingUsd)}
        note={savingNote}
        tone="saving"
        extra={breakdown}
        range={range(bands.saving)}
      />
    </section>
  )
}
