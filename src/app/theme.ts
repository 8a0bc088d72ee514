/**
 * The projector theme: high contrast for washed-out projectors, also usable on any screen. The
 * choice is remembered in localStorage under THEME_KEY; anything but 'projector' there (missing,
 * unreadable, another value) means the light theme, and is never overwritten unless the user
 * toggles. Applied before the first paint, so a projector never flashes the light theme.
 */
export const THEME_KEY = 'hn-dashboard:theme'

export type Theme = 'light' | 'projector'

export function savedTheme(): Theme {
  try {
    return localStorage.getItem(THEME_KEY) === 'projector' ? 'projector' : 'light'
  } catch {
    return 'light'
  }
}

export function applyTheme(theme: Theme): void {
  document.documentElement.classList.toggle('theme-projector', theme === 'projector')
}
