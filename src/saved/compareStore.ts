import { createUiStore } from '../store/createUiStore'

/** Compare shows the scenario on screen beside up to this many saved ones. */
export const MAX_COMPARED = 4

/** Which saved scenarios are ticked (for Compare and Export), and whether the comparison is shown. */
interface CompareState {
  selectedIds: readonly string[]
  isOpen: boolean
  setSelected: (id: string, on: boolean) => void
  /** Forget ids that are no longer saved (deleted here or in another tab). */
  keepOnly: (ids: ReadonlySet<string>) => void
  open: () => void
  close: () => void
}

/** A UI store (store/createUiStore): `useCompareStore.reset()` gives nothing ticked, comparison closed. */
export const useCompareStore = createUiStore<CompareState>((set) => ({
  selectedIds: [],
  isOpen: false,
  setSelected: (id, on) =>
    set((s) => {
      const rest = s.selectedIds.filter((x) => x !== id)
      return { selectedIds: on ? [...rest, id] : rest }
    }),
  keepOnly: (ids) =>
    set((s) => (s.selectedIds.every((id) => ids.has(id)) ? s : { selectedIds: s.selectedIds.filter((id) => ids.has(id)) })),
  open: () => set({ isOpen: true }),
  close: () => set({ isOpen: false }),
}))
