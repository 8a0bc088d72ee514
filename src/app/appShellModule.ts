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

/** The module once it has loaded; the error if it could not load (a dropped connection); neither while it loads. */
export type AppShellState = { shell: AppShellModule; error: null } | { shell: null; error: Error } | { shell: null; error: null }

let state: AppShellState = { shell: null, error: null }
// Started as soon as this module runs, so nothing above the charts waits for it.
const settled: Promise<void> = import('./AppShell').then(
  (shell) => {
    state = { shell, error: null }
  },
  (error: unknown) => {
    state = { shell: null, error: error instanceof Error ? error : new Error(String(error)) }
  },
)

/** The app shell's module, or why it could not load; both null while it loads. */
export function useAppShell(): AppShellState {
  const [current, setCurrent] = useState(state)
  useEffect(() => {
    if (current.shell || current.error) return
    let mounted = true
    void settled.then(() => {
      if (mounted) setCurrent(state)
    })
    return () => {
      mounted = false
    }
  }, [current])
  return current
}
