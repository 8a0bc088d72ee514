import './ErrorMessage.css'
import { useState } from 'react'
import { copyText, errorDetails } from './errorDetails'

/**
 * The message a boundary shows in place of what failed: what broke, the error text, and the
 * buttons "Reload" and "Copy error details" (plus "Try again" for a panel, which may recover).
 * Text only: the error message is rendered as text, never as markup.
 */
export function ErrorMessage(props: { heading: string; hint: string; error: Error; componentStack: string | null; onRetry?: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null)
  const details = errorDetails(props.heading, props.error, props.componentStack)
  const copy = () => void copyText(details).then((ok) => setCopied(ok ? 'yes' : 'no'))
  return (
    <div role="alert" className="panel-error">
      <p>
        <strong>{props.heading}</strong> {props.hint}
      </p>
      <p className="panel-error-detail">{props.error.message}</p>
      <div className="panel-error-actions">
        {props.onRetry && (
          <button type="button" className="button small" onClick={props.onRetry}>
            Try again
          </button>
        )}
        <button type="button" className="button small" onClick={() => window.location.reload()}>
          Reload
        </button>
        <button type="button" className="button small secondary" onClick={copy}>
          Copy error details
        </button>
      </div>
      {copied === 'yes' && <p role="status">Copied the error details: paste them into a message to whoever maintains the dashboard.</p>}
      {copied === 'no' && (
        <>
          <p role="status">This browser did not let the page copy. Select the details below and copy them:</p>
          <textarea className="panel-error-text" readOnly value={details} aria-label="Error details" rows={6} />
        </>
      )}
    </div>
  )
}
