import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClientProvider } from '@tanstack/react-query'
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
// The page-wide base; each component imports its own CSS (#8).
import './app/theme.css'
import './app/base.css'
import { App } from './app/App'
import { RootErrorBoundary } from './app/RootErrorBoundary'
import { EmbedApp } from './app/EmbedApp'
import { OfflineStatus } from './app/OfflineStatus'
import { embedParam } from './share/embedLink'
import { createQueryClient } from './app/queryClient'
import { applyTheme, savedTheme } from './app/theme'
import { holdBelowTheFold } from './app/Dashboard'
import { layOutSliderStepsAhead } from './app/layoutAhead'

// Before the first paint: a projector never flashes the light theme.
applyTheme(savedTheme())

// `?embed=<slug>`: one chart alone, for an iframe (no header, controls, messages or offline notice).
const embed = embedParam(window.location.search)
if (embed !== null) document.documentElement.classList.add('is-embed')

// The panels below the fold wait for the first view (the charts), two seconds at most (#7).
if (embed === null) holdBelowTheFold(2000)

// A slider step's style and layout in the input's own task, before the frame that paints it (#7).
if (embed === null) layOutSliderStepsAhead()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <RootErrorBoundary>
        <QueryClientProvider client={createQueryClient()}>
          {embed !== null ? (
            <EmbedApp slug={embed} />
          ) : (
            <>
              <App />
              <OfflineStatus />
            </>
          )}
        </QueryClientProvider>
      </RootErrorBoundary>
    </StrictMode>,
  )

// The Latin faces of Inter, preloaded by index.html (vite.config.ts). Recharts measures each tick
// label once and keeps the width: measured before Inter has arrived, in a fallback font, the last
// tick of an axis sat a fraction of a pixel off, depending on which arrived first (#7). Half a
// second at most: a font that does not come never holds the page.
const interLoaded = () =>
  Promise.race([
    Promise.all(['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 16px Inter`))),
    new Promise((resolve) => setTimeout(resolve, 500)),
  ]).catch(() => null)

// The charts chunk (app/AppShell, with Recharts) is preloaded beside this one (vite.config.ts).
// Rendering once it has run draws the dashboard and the first chart in one task, with one layout,
// instead of the dashboard first and the charts a task and a frame later (#7). If it fails to
// load, the app renders anyway and the chart grid says the charts could not be loaded, with Reload.
void Promise.all([import('./app/AppShell').catch(() => null), interLoaded()]).then(render)
