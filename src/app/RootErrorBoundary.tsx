import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorMessage } from '../ui/ErrorMessage'

interface State {
  error: Error | null
  componentStack: string | null
}

/**
 * Around the whole app: an error no panel caught (the header, the providers, a panel's boundary
 * itself) shows a message with "Reload" and "Copy error details" instead of a blank page.
 */
export class RootErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, componentStack: null }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('The dashboard failed to draw', error, info.componentStack)
    this.setState({ componentStack: info.componentStack ?? null })
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <main id="main" className="root-error">
        <h1>The dashboard stopped working</h1>
        <ErrorMessage
          heading="Something went wrong while drawing the page."
          hint="Reload to start again; the scenario in the link is kept. If it happens again, copy the details and send them to whoever maintains the dashboard."
          error={this.state.error}
          componentStack={this.state.componentStack}
        />
      </main>
    )
  }
}
