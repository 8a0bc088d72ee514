import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** "The chart “Tariff sensitivity”": names what failed in the message. */
  what: string
  children: ReactNode
}
interface State {
  error: Error | null
}

/** One per panel: a panel that throws shows a message in its place and the rest keeps working. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the stack for whoever opens the console; the page shows a plain message.
    console.warn(`${this.props.what} failed to draw`, error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <div role="alert" className="panel-error">
        <p>
          <strong>{this.props.what} could not be drawn.</strong> The rest of the dashboard still works.
        </p>
        <p className="panel-error-detail">{this.state.error.message}</p>
        <button type="button" className="button small" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}
