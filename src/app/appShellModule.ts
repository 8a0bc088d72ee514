import { useEffect, useState } from 'react'

/*
 * The app shell's chunk (app/AppShell: the charts with Recharts, the header's tools, the embed
 * route's chart), the entry's one dynamic import target. index.html preloads it beside the entry
 * (vite.config.ts) and the entry renders once it has run, so on a page load it is already here
 * when the first render asks for it.
 *
 * Not React.lazy with Suspense: a lazy component suspends on its first render even when its
 * module has loaded (its promise settles a microtask later), and React holds back the reveal of
 * a suspended boundary until 300 ms after its fallback appeared (FALLBACK_THROTTLE_MS). The
 * charts were delayed that way once; the header's Present, Projector theme and Export all came
 * about 240 ms after the first chart until this replaced their lazy import too (issue 7).
 */
type AppShellModule = typeof import('./AppShell')

let loaded: AppShellModule | null = null
// Started as soon as this module runs, so nothing above the charts waits for it. A chunk that
// fails to load leaves `loaded` empty: the chart grid keeps its skeleton and the header its
// other actions, as before.
const appShell: Promise<AppShellModule | null> = import('./AppShell').then(
  (m) => (loaded = m),
  () => null,
)

/** The app shell's module once it has loaded, null until then (and if it cannot load). */
export function useAppShell(): AppShellModule | null {
  const [shell, setShell] = useState(loaded)
  useEffect(() => {
    if (shell) return
    let current = true
    void appShell.then((m) => {
      if (current && m) setShell(m)
    })
    return () => {
      current = false
    }
  }, [shell])
  return shell
}
