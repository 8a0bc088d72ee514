import { create } from 'zustand'

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
  /** Nothing ticked, comparison closed: the state a page opens with (tests start from it). */
  reset: () => void
}

const INITIAL = { selectedIds: [], isOpen: false } satisfies Pick<CompareState, 'selectedIds' | 'isOpen'>

export const useCompareStore = create<CompareState>()((set) => ({
  ...INITIAL,
  setSelected: (id, on) =>
    set((s) => {
      const rest = s.selectedIds.filter((x) => x !== id)
      return { selectedIds: on ? [...rest, id] : rest }
    }),
  keepOnly: (ids) =>
    set((s) => (s.selectedIds.every((id) => ids.has(id)) ? s : { selectedIds: s.selectedIds.filter((id) => ids.has(id)) })),
  open: () => set({ isOpen: true }),
  close: () => set({ isOpen: false }),
  reset: () => set(INITIAL),
}))
