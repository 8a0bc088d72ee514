import { afterEach, describe, expect, it } from 'vitest'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from './renderApp'
import { useNoticeStore } from '../../src/store/noticeStore'

const costOverTime = () => screen.getByRole('figure', { name: 'Cost over time' })

describe('notes on charts (#9)', () => {
  it('Add note → Note → Add puts the text in the chart figure; Remove takes it away', async () => {
    const user = userEvent.setup()
    renderApp()
    const figure = await screen.findByRole('figure', { name: 'Cost over time' }, { timeout: 5000 })
    await user.click(within(figure).getByRole('button', { name: 'Add note' }))
    await user.selectOptions(within(figure).getByRole('combobox', { name: 'Year' }), '2028')
    await user.type(within(figure).getByRole('textbox', { name: 'Note' }), '<b>Kentucky</b> line opens')
    await user.click(within(figure).getByRole('button', { name: 'Add' }))
    // As text, never as markup.
    const list = within(costOverTime()).getByRole('list', { name: 'Notes on Cost over time' })
    expect(list).toHaveTextContent('2028: <b>Kentucky</b> line opens')
    expect(costOverTime().querySelector('b')).toBeNull()
    expect(within(costOverTime()).queryByRole('textbox', { name: 'Note' })).toBeNull()
    const remove = within(list).getByRole('button', { name: 'Remove note', description: /Kentucky/ })
    await user.click(remove)
    expect(within(costOverTime()).queryByRole('list', { name: 'Notes on Cost over time' })).toBeNull()
    expect(costOverTime()).not.toHaveTextContent('Kentucky')
  })

  it('Enter adds; Edit note changes the text; undo takes back one step', async () => {
    const user = userEvent.setup()
    renderApp()
    const figure = await screen.findByRole('figure', { name: 'Tariff sensitivity' }, { timeout: 5000 })
    await user.click(within(figure).getByRole('button', { name: 'Add note' }))
    expect(within(figure).getByRole('spinbutton', { name: 'Tariff rate (%)' })).toHaveValue(15)
    await user.type(within(figure).getByRole('textbox', { name: 'Note' }), 'Where we are{Enter}')
    const list = within(figure).getByRole('list', { name: 'Notes on Tariff sensitivity' })
    expect(list).toHaveTextContent('15%: Where we are')
    await user.click(within(list).getByRole('button', { name: 'Edit note', description: /Where we are/ }))
    const box = within(figure).getByRole('textbox', { name: 'Note' })
    await user.clear(box)
    await user.type(box, 'Today{Enter}')
    expect(list).toHaveTextContent('15%: Today')
    await user.click(screen.getByRole('button', { name: /^Undo/ }))
    expect(within(figure).getByRole('list', { name: 'Notes on Tariff sensitivity' })).toHaveTextContent('15%: Where we are')
  })

  it('Escape cancels and returns focus to Add note; nothing visible is refused', async () => {
    const user = userEvent.setup()
    renderApp()
    const figure = await screen.findByRole('figure', { name: 'Tariff cost by company' }, { timeout: 5000 })
    const add = within(figure).getByRole('button', { name: 'Add note' })
    await user.click(add)
    await user.type(within(figure).getByRole('textbox', { name: 'Note' }), '   {Enter}')
    expect(within(figure).getByRole('alert')).toHaveTextContent('needs some visible text')
    await user.type(within(figure).getByRole('textbox', { name: 'Note' }), 'x{Escape}')
    expect(within(figure).queryByRole('textbox', { name: 'Note' })).toBeNull()
    await waitFor(() => expect(add).toHaveFocus())
    expect(within(figure).queryByRole('list', { name: /Notes on/ })).toBeNull()
  })

  describe('from a link', () => {
    afterEach(() => {
      act(() => useNoticeStore.getState().clear())
      window.history.replaceState(null, '', '/')
    })

    it('a note off its chart is reported in the link message, not listed, and gone from the address', async () => {
      window.history.replaceState(null, '', '/?note=cost-over-time~2028~Plant%20opens&note=cost-over-time~2099~far')
      renderApp()
      const figure = await screen.findByRole('figure', { name: 'Cost over time' }, { timeout: 5000 })
      expect(screen.getByRole('alert')).toHaveTextContent(
        'note “cost-over-time~2099~far”: 2099 is not a year on Cost over time (2025–2030)',
      )
      const list = within(figure).getByRole('list', { name: 'Notes on Cost over time' })
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.querySelector('span')?.textContent),
      ).toEqual(['2028: Plant opens'])
      await waitFor(() => expect(window.location.search).toBe('?note=cost-over-time~2028~Plant%20opens'))
    })
  })
})
