import { afterEach, describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import HeaderTools from '../../src/app/HeaderTools'
import { THEME_KEY, useThemeStore } from '../../src/app/theme'
import { renderApp } from './renderApp'

afterEach(() => {
  localStorage.clear()
  document.documentElement.className = ''
  window.history.replaceState(null, '', '/')
})

describe('header tools', () => {
  it('Export all is a menu button offering ZIP, PPTX and PPTX with editable charts, by keyboard', async () => {
    const user = userEvent.setup()
    render(<HeaderTools />)
    const button = screen.getByRole('button', { name: 'Export all' })
    expect(button).toHaveAttribute('aria-haspopup', 'menu')
    button.focus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menu')).toBeVisible()
    expect(screen.getByRole('menuitem', { name: /ZIP/ })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: /PPTX: slide deck/ })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    // Native PowerPoint charts (#9): the name says "editable" (UI contract).
    expect(screen.getByRole('menuitem', { name: /PPTX.*editable/ })).toHaveFocus()
    expect(screen.getAllByRole('menuitem')).toHaveLength(3)
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: /ZIP/ })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
    expect(button).toHaveAttribute('aria-expanded', 'false')
  })

  it('Projector theme toggles, says whether it is on, and is remembered under hn-dashboard:theme', async () => {
    const user = userEvent.setup()
    render(<HeaderTools />)
    const toggle = screen.getByRole('button', { name: 'Projector theme' })
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    expect(localStorage.getItem(THEME_KEY)).toBe('projector')
    expect(document.documentElement).toHaveClass('theme-projector')
    await user.click(toggle)
    expect(localStorage.getItem(THEME_KEY)).toBe('light')
    expect(document.documentElement).not.toHaveClass('theme-projector')
  })

  it('starts with the saved theme, and treats an unreadable value as the light theme', () => {
    localStorage.setItem(THEME_KEY, 'projector')
    // A page load reads the stored theme.
    useThemeStore.reset()
    const { unmount } = render(<HeaderTools />)
    expect(screen.getByRole('button', { name: 'Projector theme' })).toHaveAttribute('aria-pressed', 'true')
    unmount()
    localStorage.setItem(THEME_KEY, '{"broken')
    useThemeStore.reset()
    render(<HeaderTools />)
    expect(screen.getByRole('button', { name: 'Projector theme' })).toHaveAttribute('aria-pressed', 'false')
    expect(localStorage.getItem(THEME_KEY)).toBe('{"broken')
  })

  it('Present puts the first slide in the URL hash and leaves the query string alone', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/?tariff=25')
    render(<HeaderTools />)
    await user.click(screen.getByRole('button', { name: 'Present' }))
    expect(window.location.search).toBe('?tariff=25')
    expect(window.location.hash).toBe('#slide=1')
  })
})

describe('header tools on a page load', () => {
  it('are in the first render once the app shell has loaded, with no Suspense fallback in between', async () => {
    // As on a page load: the entry renders once the app shell's chunk has run (main.tsx).
    await import('../../src/app/AppShell')
    await new Promise((resolve) => setTimeout(resolve, 0))
    renderApp()
    // Synchronously after the first render: a lazy component would still be suspended here, and
    // React holds a suspended boundary's reveal up to 300 ms (the tools came ~240 ms after the first chart).
    expect(screen.getByRole('button', { name: 'Present' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Export all' })).toBeInTheDocument()
  })
})
