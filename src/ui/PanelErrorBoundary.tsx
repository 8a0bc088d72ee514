import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorMessage } from './ErrorMessage'

interface Props {
  /** "The chart “Tariff sensitivity”": names what failed in the message. */
  what: string
  children: ReactNode
}
interface State {
  error: Error | null
  componentStack: string | null
}

/** One per panel: a panel that throws shows a message in its place and the rest keeps working. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: null }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the stack for whoever opens the console; the page shows a plain message.
    console.warn(`${this.props.what} failed to draw`, error, info.componentStack)
    this.setState({ componentStack: info.componentStack ?? null })
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <ErrorMessage
        heading={`${this.props.what} could not be drawn.`}
        hint="The rest of the dashboard still works."
        error={this.state.error}
        componentStack={this.state.componentStack}
        onRetry={() => this.setState({ error: null, componentStack: null })}
      />
    )
  }
}
