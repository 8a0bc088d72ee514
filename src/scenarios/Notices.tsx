import { useNoticeStore } from '../store/noticeStore'

/**
 * Messages about scenarios, above the dashboard. Everything is rendered as text (never as
 * markup), so a link or a file that carries HTML shows it and cannot run it.
 */
export function Notices() {
  const notices = useNoticeStore((s) => s.notices)
  const dismiss = useNoticeStore((s) => s.dismiss)
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'problem' ? 'alert' : 'status'}>
          <div className="notice-body">
            <p className="notice-title">{n.title}</p>
            {n.items && n.items.length > 0 && (
              <ul className="notice-items">
                {n.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            )}
            {n.actions && n.actions.length > 0 && (
              <div className="notice-actions">
                {n.actions.map((a) => (
                  <button key={a.label} type="button" className="button small" onClick={a.run}>
                    {a.label}
                  </button>
                ))}
              </div>
            )}
          </div>
          <button type="button" className="notice-dismiss" onClick={() => dismiss(n.id)} aria-label="Dismiss" title="Dismiss">
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  )
}
