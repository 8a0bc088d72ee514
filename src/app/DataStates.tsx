export function ChartGridSkeleton() {
  return (
    <div className="chart-grid" aria-hidden="true">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="chart-frame sk" style={{ height: 420 }} />
      ))}
    </div>
  )
}

/** What the page shows before the data is in: the layout's shape, not a spinner on white. */
export function DashboardSkeleton() {
  return (
    <div className="layout skeleton" aria-busy="true" aria-label="Loading the dashboard">
      <p className="visually-hidden" role="status">
        Loading the baseline data…
      </p>
      <aside className="sidebar">
        <div className="sk sk-block" style={{ height: 150 }} />
        <div className="sk sk-block" style={{ height: 200 }} />
        <div className="sk sk-block" style={{ height: 80 }} />
      </aside>
      <div className="content">
        <div className="key-figures">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="figure-card sk" style={{ height: 104 }} />
          ))}
        </div>
        <ChartGridSkeleton />
      </div>
    </div>
  )
}

export function DataError({ message, onRetry, retrying }: { message: string; onRetry: () => void; retrying: boolean }) {
  return (
    <div className="data-error" role="alert">
      <h2>The dashboard’s data could not be loaded</h2>
      <p>{message}</p>
      <p className="hint">Nothing you saved is affected. Retry, or reload the page later.</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  )
}
