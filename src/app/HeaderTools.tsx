import './HeaderTools.css'
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { exportAll, type BundleKind } from '../charts/exportAll'
import { enterPresentation } from './presentation'
import { keepFocusAfter } from '../ui/focus'
import { useThemeStore } from './theme'

function ThemeToggle() {
  const theme = useThemeStore((s) => s.theme)
  const setTheme = useThemeStore((s) => s.setTheme)
  const toggle = () => setTheme(theme === 'projector' ? 'light' : 'projector')
  return (
    <button
      type="button"
      className="button secondary header-button"
      aria-pressed={theme === 'projector'}
      onClick={toggle}
      title="High contrast for projectors; remembered on this device"
    >
      Projector theme
    </button>
  )
}

const BUNDLES: readonly { kind: BundleKind; label: string }[] = [
  { kind: 'zip', label: 'ZIP: every chart as PNG' },
  { kind: 'pptx', label: 'PPTX: slide deck, one chart per slide' },
  { kind: 'pptx-editable', label: 'PPTX (editable charts): native PowerPoint charts' },
]

/** A menu button (WAI-ARIA APG pattern): Enter/Space/↓ open it on the first item, ↑ on the last; Escape closes. */
function ExportAllMenu() {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<{ text: string; isError?: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])
  const wrapRef = useRef<HTMLDivElement>(null)
  const focusItem = (i: number) => itemRefs.current[(i + BUNDLES.length) % BUNDLES.length]?.focus()
  // Which item takes focus when the menu opens (first for ↓, Enter and clicks; last for ↑).
  const openFocus = useRef(0)

  useLayoutEffect(() => {
    if (open) focusItem(openFocus.current)
  }, [open])

  useEffect(() => {
    if (!open) return
    const onPointer = (e: PointerEvent) => {
      if (wrapRef.current?.contains(e.target as Node)) return
      setOpen(false)
      // Focus was on an item: a click on bare page gives it back to the button, not to <body> (#10).
      keepFocusAfter(() => [buttonRef.current])
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])

  const openAt = (i: number) => {
    openFocus.current = i
    setOpen(true)
  }
  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      openAt(e.key === 'ArrowDown' ? 0 : BUNDLES.length - 1)
    }
  }
  const onMenuKey = (e: KeyboardEvent) => {
    const i = itemRefs.current.indexOf(document.activeElement as HTMLButtonElement)
    if (e.key === 'ArrowDown') focusItem(i + 1)
    else if (e.key === 'ArrowUp') focusItem(i - 1)
    else if (e.key === 'Home') focusItem(0)
    else if (e.key === 'End') focusItem(BUNDLES.length - 1)
    else if (e.key === 'Escape') close()
    else if (e.key === 'Tab') setOpen(false)
    else return
    if (e.key !== 'Tab') e.preventDefault()
  }
  const run = async (kind: BundleKind) => {
    close()
    if (busy) return
    setBusy(true)
    setStatus({
      text:
        kind === 'zip'
          ? 'Preparing the ZIP of every chart…'
          : kind === 'pptx'
            ? 'Preparing the slide deck…'
            : 'Preparing the deck with editable charts…',
    })
    try {
      setStatus({ text: `Downloaded ${await exportAll(kind)}` })
    } catch (e) {
      setStatus({ text: `The export could not be made: ${e instanceof Error ? e.message : String(e)}.`, isError: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="menu-wrap" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button secondary header-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-busy={busy}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        Export all
      </button>
      {open && (
        <div id={`${id}-menu`} role="menu" aria-label="Export all" className="menu" onKeyDown={onMenuKey}>
          {BUNDLES.map((b, i) => (
            <button
              key={b.kind}
              ref={(el) => {
                itemRefs.current[i] = el
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              onClick={() => void run(b.kind)}
            >
              {b.label}
            </button>
          ))}
        </div>
      )}
      {/* Rendered only with a message, so the page has no empty status regions to confuse a query. */}
      {status && (
        <p className={status?.isError ? 'header-status is-error' : 'header-status'} role="status">
          {status?.text}
        </p>
      )}
    </div>
  )
}

/** Present, projector theme and Export all: they come in the charts chunk, so the entry bundle stays as it was. */
export default function HeaderTools() {
  return (
    <>
      <ThemeToggle />
      <ExportAllMenu />
      <button
        type="button"
        className="button header-button"
        data-action="present"
        onClick={enterPresentation}
        title="One chart per slide, full screen; arrow keys move, Escape leaves"
      >
        Present
      </button>
    </>
  )
}
