import './figures.css'
import { useId, useMemo } from 'react'
import { useScenario } from '../store/ScenarioStoreContext'
import { selectPartnership } from '../store/scenarioStore'
import { useBaseline, useExposedImports, usePublishedRates } from '../data/useBaseline'
import { LiveText } from '../store/liveText'
import { keyFigureTexts, type FigureText } from './keyFigureTexts'
import { useHeightHeldWhileAdjusting } from '../ui/useHeightHeldWhileAdjusting'

function Figure(props: {
  title: string
  value: FigureText
  note: FigureText | string
  tone?: 'nissan' | 'honda' | 'combined' | 'saving'
  extra?: FigureText
  range?: FigureText
}) {
  const id = useId()
  return (
    <div className={`figure-card tone-${props.tone ?? 'combined'}`}>
      <div role="group" aria-labelledby={`${id}-t`} aria-describedby={`${id}-n`}>
        <h3 id={`${id}-t`} className="figure-title">
          {props.title}
        </h3>
        <LiveText as="p" text={props.value} className="figure-value" ariaLive="off" />
        {typeof props.note === 'string' ? (
          <p id={`${id}-n`} className="figure-note">
            {props.note}
          </p>
        ) : (
          <LiveText as="p" text={props.note} id={`${id}-n`} className="figure-note" />
        )}
      </div>
      {props.extra && <LiveText as="p" text={props.extra} className="figure-extra" />}
      {props.range && <LiveText as="p" text={props.range} className="figure-range" />}
    </div>
  )
}

/**
 * The four key figures. Their texts are functions of the scenario (keyFigureTexts), each drawn by
 * its own paragraph, so a slider step renders none of this (#7); only which paragraphs there are
 * depends on the scenario here.
 */
export function KeyFigures({ compact = false }: { compact?: boolean }) {
  const headingId = useId()
  const exposed = useExposedImports()
  const bounds = useBaseline().assumptions
  const preWar = usePublishedRates().preTradeWarPct
  const partnership = useScenario(selectPartnership)
  const texts = useMemo(() => keyFigureTexts(exposed, bounds, preWar), [exposed, bounds, preWar])
  // Slides show the figures alone; the ranges and the breakdown stay on the page.
  const range = (key: keyof typeof texts.ranges) => (compact ? undefined : texts.ranges[key])
  // The ranges take fewer lines at some rates (at 2.5% there is no cost): nothing below may jump
  // while a slider moves.
  const holdHeight = useHeightHeldWhileAdjusting<HTMLElement>({ children: true })
  const breakdown = !compact && (partnership.drivetrains || partnership.platforms) && partnership.software ? texts.breakdown : undefined
  return (
    <section className={`key-figures${compact ? ' compact' : ''}`} aria-labelledby={headingId} ref={holdHeight}>
      {/* Heading order (axe): the figures' h3s sit under an h2, not straight under the h1. */}
      <h2 id={headingId} className="visually-hidden">
        Key figures
      </h2>
      <Figure title="Nissan annual tariff cost" value={texts.nissan} note={texts.costNote} tone="nissan" range={range('nissan')} />
      <Figure title="Honda annual tariff cost" value={texts.honda} note={texts.costNote} tone="honda" range={range('honda')} />
      <Figure
        title="Combined annual tariff cost"
        value={texts.combined}
        note="Nissan + Honda, before any partnership"
        range={range('combined')}
      />
      <Figure
        title="Partnership savings"
        value={texts.saving}
        note={texts.savingNote}
        tone="saving"
        extra={breakdown}
        range={range('saving')}
      />
    </section>
  )
}
