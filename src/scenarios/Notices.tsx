import './Notices.css'
import { useRef } from 'react'
import { noticeReport, summariseNotice, useNoticeStore, type Notice, type NoticePlace } from '../store/noticeStore'
import { downloadBlob } from '../charts/download'
import { keepFocusAfter } from '../ui/focus'
import { formatCount } from '../format/format'

/**
 * Where focus goes when a message it was in goes away (Dismiss, Restore…): the next message's
 * Dismiss, else the previous one's, else the region the messages are in (the Scenarios panel
 * for its own, so focus stays where the user works), else the main region (#10).
 */
function focusAfterNotice(from: HTMLElement | null): void {
  const next = from?.nextElementSibling?.querySelector<HTMLElement>('.notice-dismiss')
  const prev = from?.previousElementSibling?.querySelector<HTMLElement>('.notice-dismiss')
  const region = from?.parentElement?.closest<HTMLElement>('[tabindex="-1"]')
  keepFocusAfter(() => [next, prev, region, document.getElementById('main')])
}

/** Built on click only: the report of a big notice can be megabytes. */
function downloadReport(n: Notice): void {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')
  downloadBlob(`honda-nissan-message-${n.id}-${stamp}.txt`, new Blob(noticeReport(n), { type: 'text/plain;charset=utf-8' }))
}

function NoticeView({ notice: n, dismiss }: { notice: Notice; dismiss: (id: string) => void }) {
  const { title, items, more, isCut } = summariseNotice(n)
  const actions = n.actions ?? []
  const ref = useRef<HTMLDivElement>(null)
  const act = (run: () => void) => {
    const from = ref.current
    run()
    focusAfterNotice(from)
  }
  return (
    <div ref={ref} className={`notice notice-${n.tone}`} role={n.tone === 'problem' ? 'alert' : 'status'}>
      <div className="notice-body">
        <p className="notice-title">{title}</p>
        {items.length > 0 && (
          <ul className="notice-items">
            {items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        )}
        {more > 0 && <p className="notice-more">… and {formatCount(more)} more</p>}
        {(actions.length > 0 || isCut) && (
          <div className="notice-actions">
            {actions.map((a) => (
              <button key={a.label} type="button" className="button small" onClick={() => act(a.run)}>
                {a.label}
              </button>
            ))}
            {isCut && (
              <button type="button" className="button small" onClick={() => downloadReport(n)}>
                Download the full report
              </button>
            )}
          </div>
        )}
      </div>
      <button type="button" className="notice-dismiss" onClick={() => act(() => dismiss(n.id))} aria-label="Dismiss" title="Dismiss">
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}

/**
 * The messages of one place: above the dashboard, or in the Scenarios panel. Everything is
 * rendered as text (never as markup), so a link or a file that carries HTML shows it and cannot
 * run it. Each message is summarised (first items, a count of the rest, the full report as a file).
 */
export function Notices({ place }: { place: NoticePlace }) {
  const all = useNoticeStore((s) => s.notices)
  const dismiss = useNoticeStore((s) => s.dismiss)
  const notices = all.filter((n) => (n.place ?? 'page') === place)
  if (notices.length === 0) return null
  return (
    <div className={`notices notices-${place}`}>
      {notices.map((n) => (
        <NoticeView key={n.id} notice={n} dismiss={dismiss} />
      ))}
    </div>
  )
}
