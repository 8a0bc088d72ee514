import { beforeEach, describe, expect, it } from 'vitest'
import { useCompareStore } from '../../src/saved/compareStore'

const state = () => useCompareStore.getState()

beforeEach(() => useCompareStore.reset())

describe('compare selection store (#8)', () => {
  it('ticks and unticks in the order ticked, and forgets ids no longer saved', () => {
    state().setSelected('a', true)
    state().setSelected('b', true)
    state().setSelected('a', false)
    state().setSelected('c', true)
    expect(state().selectedIds).toEqual(['b', 'c'])
    state().keepOnly(new Set(['c', 'x']))
    expect(state().selectedIds).toEqual(['c'])
  })

  it('reset unticks everything and closes the comparison', () => {
    state().setSelected('a', true)
    state().open()
    expect(state()).toMatchObject({ selectedIds: ['a'], isOpen: true })
    useCompareStore.reset()
    expect(state()).toMatchObject({ selectedIds: [], isOpen: false })
  })
})
