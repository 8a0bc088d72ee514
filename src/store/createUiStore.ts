import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand'

/**
 * The one pattern for UI state (#8): view settings and transient state that are not part of a
 * scenario (a slider moving, messages, the slide, the theme, export options, which bands show).
 * Each is a zustand hook made by `create`, with `reset()` that runs its initializer again, as a
 * fresh page load would (re-reading the URL hash or localStorage where the initializer does).
 * Every store made here is registered, so tests/setup.ts can reset them all after each test.
 *
 * The scenario store (choices, with undo) and the saved scenarios are not UI state and do not
 * use this.
 */
export type UiStore<S> = UseBoundStore<StoreApi<S>> & { reset: () => void }

const resets = new Set<() => void>()

export function createUiStore<S>(initializer: StateCreator<S, [], []>): UiStore<S> {
  const store = create<S>()(initializer)
  const reset = () => store.setState(initializer(store.setState, store.getState, store), true)
  resets.add(reset)
  return Object.assign(store, { reset })
}

/** For tests: every UI store back to its initial state. */
export function resetUiStores(): void {
  for (const reset of resets) reset()
}
