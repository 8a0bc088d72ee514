/**
 * The projector theme: high contrast for washed-out projectors, also usable on any screen. The
 * choice is remembered in localStorage under THEME_KEY; anything but 'projector' there (missing,
 * unreadable, another value) means the light theme, and is never overwritten unless the user
 * toggles. Applied before the first paint, so a projector never flashes the light theme.
 *
 * Dark (#10): with no choice stored, the OS setting (prefers-color-scheme: dark) gives the dark
 * theme, in CSS alone. A stored 'light' (the user switched the projector theme off) is a choice:
 * it is marked with .theme-light, which the dark rules skip.
 */
import { createUiStore } from '../store/createUiStore'

export const THEME_KEY = 'hn-dashboard:theme'

export type Theme = 'light' | 'projector'

function stored(): string | null {
  try {
    return localStorage.getItem(THEME_KEY)
  } catch {
    return null
  }
}

export function savedTheme(): Theme {
  return stored() === 'projector' ? 'projector' : 'light'
}

export function applyTheme(theme: Theme): void {
  const root = document.documentElement
  root.classList.toggle('theme-projector', theme === 'projector')
  root.classList.toggle('theme-light', theme === 'light' && stored() === 'light')
}

function saveTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme)
  } catch {
    // Private mode or storage full: the theme still applies for this visit.
  }
  // After storing: a stored 'light' is a choice that overrides the OS dark setting.
  applyTheme(theme)
}

interface ThemeState {
  theme: Theme
  /** The user's choice: stored, applied to the page, shown. */
  setTheme: (theme: Theme) => void
}

/** The theme on screen, read from localStorage when the page loads (and on reset). */
export const useThemeStore = createUiStore<ThemeState>((set) => ({
  theme: savedTheme(),
  setTheme: (theme) => {
    saveTheme(theme)
    set({ theme })
  },
}))
