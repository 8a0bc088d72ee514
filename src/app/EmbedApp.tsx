import './EmbedApp.css'
import { useMemo, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { baselineQuery } from '../data/baselineQuery'
import { publishedScenario, scenarioLimits } from '../data/publishedScenario'
import { ScenarioStoreProvider } from '../store/ScenarioStoreContext'
import { parseScenarioQuery } from '../share/scenarioUrl'
import { withoutEmbed } from '../share/embedLink'
import { CHART_META, isChartSlug, type ChartSlug } from '../charts/chartMeta'
import type { Baseline } from '../data/baselineSchema'
import { useAppShell } from './appShellModule'

// Through the entry's one lazy import target, as the dashboard loads it (see AppShell.tsx).
function EmbedChart({ slug }: { slug: ChartSlug }) {
  const { shell, error } = useAppShell()
  if (shell) return <shell.EmbedChart slug={slug} />
  if (error)
    return (
      <div className="embed-missing" role="alert">
        <p>The chart could not be loaded: its code did not arrive. Reload the page to try again.</p>
      </div>
    )
  return <div className="embed-loading sk" aria-label="Loading the chart" />
}

/** The dashboard with this scenario: the same address without `embed`, opened in a new tab (not inside the frame). */
function dashboardHref(): string {
  return `${window.location.pathname}${withoutEmbed(window.location.search)}`
}

function OpenInDashboard() {
  return (
    <p className="embed-foot">
      <a href={dashboardHref()} target="_blank" rel="noopener">
        Open in dashboard
      </a>
    </p>
  )
}

function EmbedLoaded({ baseline, slug }: { baseline: Baseline; slug: string }) {
  const published = useMemo(() => publishedScenario(baseline), [baseline])
  const limits = useMemo(() => scenarioLimits(baseline), [baseline])
  // The link's scenario, read once; values it cannot use fall back as on the dashboard (no messages in a frame).
  const [start] = useState(() => parseScenarioQuery(withoutEmbed(window.location.search), { published, limits }).scenario)
  if (!isChartSlug(slug)) {
    return (
      <div className="embed-missing" role="alert">
        <p>
          There is no chart “{slug}” to embed. Charts: {CHART_META.map((m) => m.slug).join(', ')}.
        </p>
      </div>
    )
  }
  return (
    <ScenarioStoreProvider published={published} limits={limits} initial={start}>
      <EmbedChart slug={slug} />
    </ScenarioStoreProvider>
  )
}

/**
 * `?embed=<slug>`: one chart figure alone with its caption and source, and a link "Open in
 * dashboard", filling any frame from 320×240 up without scroll bars. The other parameters are the
 * scenario. Nothing is written to the address bar or storage: the frame belongs to another page.
 */
export function EmbedApp({ slug }: { slug: string }) {
  const query = useQuery(baselineQuery)
  return (
    <main className="embed" id="main">
      {query.isPending ? (
        <div className="embed-loading sk" aria-label="Loading the chart" />
      ) : query.isError ? (
        <p role="alert" className="embed-missing">
          The chart’s data could not be loaded: {query.error.message}
        </p>
      ) : (
        <EmbedLoaded baseline={query.data} slug={slug} />
      )}
      <OpenInDashboard />
    </main>
  )
}
