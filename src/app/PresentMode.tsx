import './PresentMode.css'
import { useEffect, useMemo, useRef, useState } from 'react'
import { CHARTS } from '../charts/chartList'
import { ChartSizeContext, type ChartSize } from '../charts/chartSize'
import { KeyFigures } from '../figures/KeyFigures'
import { TariffControl } from '../controls/TariffControl'
import { PartnershipControl } from '../controls/PartnershipControl'
import { PanelErrorBoundary } from '../ui/PanelErrorBoundary'
import { leavePresentation, setSlide } from './presentation'

/** Axis ticks are 13 px on the page; on a 1080-pixel-high screen they become 22 px (≥ 20 for a room). */
function presentScale(viewportHeight: number): number {
  return Math.min(2.4, Math.max(1.15, (viewportHeight / 1080) * (22 / 13)))
}

function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight)
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight)
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return height
}

/** Keys that belong to the focused control, not to the slides (the slider's arrows, a select's Home/End). */
const OWNS_KEYS = 'input, select, textarea, [contenteditable="true"], [role="slider"], [role="spinbutton"], [role="listbox"], [role="menu"]'

const TABBABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), summary'

/** Tab and Shift+Tab cycle inside the dialog: from the last control to the first and back (#10). */
function trapTab(e: KeyboardEvent, dialog: HTMLElement | null): void {
  if (!dialog) return
  const items = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length > 0)
  if (items.length === 0) return
  const first = items[0]!
  const last = items[items.length - 1]!
  const active = document.activeElement
  const inside = active instanceof Node && dialog.contains(active)
  if (e.shiftKey && (!inside || active === first || active === dialog)) {
    e.preventDefault()
    last.focus()
  } else if (!e.shiftKey && (!inside || active === last)) {
    e.preventDefault()
    first.focus()
  }
}

function useIsFullscreen(): boolean {
  const [isFullscreen, setIsFullscreen] = useState(() => document.fullscreenElement !== null)
  useEffect(() => {
    const onChange = () => {
      const now = document.fullscreenElement !== null
      setIsFullscreen(now)
      // Leaving fullscreen from the browser (its own Escape, F11) leaves the presentation too.
      if (!now) leavePresentation()
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  return isFullscreen
}

/**
 * Presentation mode: one chart per slide at projector size, the key figures on every slide and a
 * compact bar with the tariff and partnership controls, so the presenter can still move the
 * tariff live. The slide number is in the URL hash.
 */
export default function PresentMode({ slide }: { slide: number }) {
  const count = CHARTS.length
  const current = Math.min(count, Math.max(1, Math.round(slide) || 1))
  const chart = CHARTS[current - 1]!
  const rootRef = useRef<HTMLDivElement>(null)
  const isFullscreen = useIsFullscreen()
  const viewportHeight = useViewportHeight()
  const scale = presentScale(viewportHeight)
  const size = useMemo<ChartSize>(() => ({ mode: 'present', height: '100%', subHeight: '100%', scale }), [scale])

  // A hand-edited hash (#slide=9) is corrected, not obeyed.
  useEffect(() => {
    if (current !== slide) setSlide(current)
  }, [current, slide])

  // The page under the slides is hidden by CSS (`is-presenting`); leaving returns to where the
  // reader was, with focus back on the Present button.
  useEffect(() => {
    const root = document.documentElement
    const scrollY = window.scrollY
    root.classList.add('is-presenting')
    // The slides are a modal dialog: the page under them (header, messages, charts) is inert, so
    // neither Tab nor a screen reader reaches what the slides cover (#10).
    const page = document.getElementById('root')
    page?.setAttribute('inert', '')
    rootRef.current?.focus()
    return () => {
      page?.removeAttribute('inert')
      root.classList.remove('is-presenting')
      window.scrollTo(0, scrollY)
      document.querySelector<HTMLElement>('[data-action="present"]')?.focus({ preventScroll: true })
    }
  }, [])

  useEffect(() => {
    const go = (n: number) => setSlide(Math.min(count, Math.max(1, n)))
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return
      if (e.key === 'Tab') {
        trapTab(e, rootRef.current)
        return
      }
      if (e.key === 'Escape') {
        e.preventDefault()
        leavePresentation()
        return
      }
      const target = e.target instanceof Element ? e.target : null
      if (target?.closest(OWNS_KEYS)) return
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          go(current + 1)
          break
        case ' ':
          // Space on a button presses the button.
          if (target?.closest('button, a, summary')) return
          go(current + 1)
          break
        case 'ArrowLeft':
        case 'PageUp':
          go(current - 1)
          break
        case 'Home':
          go(1)
          break
        case 'End':
          go(count)
          break
        default:
          return
      }
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [current, count])

  const Chart = chart.Component
  return (
    <div ref={rootRef} className="present" role="dialog" aria-modal="true" aria-label={`Slides: ${chart.title}`} tabIndex={-1}>
      <div className="present-figures">
        <PanelErrorBoundary what="The key figures">
          <KeyFigures compact />
        </PanelErrorBoundary>
      </div>
      <div className="present-slide">
        <ChartSizeContext.Provider value={size}>
          <PanelErrorBoundary what={`The chart “${chart.title}”`}>
            <Chart key={chart.slug} />
          </PanelErrorBoundary>
        </ChartSizeContext.Provider>
      </div>
      <div className="present-bar" role="group" aria-label="Presenter controls">
        <div className="present-tariff">
          <TariffControl />
        </div>
        <div className="present-options">
          <PartnershipControl />
        </div>
        <nav className="present-nav" aria-label="Slides">
          <button type="button" className="button secondary" onClick={() => setSlide(Math.max(1, current - 1))} aria-label="Previous slide">
            ←
          </button>
          <span className="present-counter" aria-live="polite">
            {current} / {count}
          </span>
          <button type="button" className="button secondary" onClick={() => setSlide(Math.min(count, current + 1))} aria-label="Next slide">
            →
          </button>
          {!isFullscreen && typeof document.documentElement.requestFullscreen === 'function' && (
            <button
              type="button"
              className="button secondary"
              onClick={() => void document.documentElement.requestFullscreen().catch(() => {})}
            >
              Full screen
            </button>
          )}
          <button type="button" className="button secondary" onClick={leavePresentation}>
            Exit slides (Esc)
          </button>
        </nav>
      </div>
    </div>
  )
}
