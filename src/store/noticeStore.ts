import { create } from 'zustand'

/**
 * Messages about scenarios: a link that could not be used as written, saved data that could
 * not be read, an import, a failed save, a deletion that can be undone. Problems are shown with
 * role "alert", confirmations with role "status". One notice per id: a new one replaces the old.
 */
export interface NoticeAction {
  /** Button text. Never one of the contract's names ("Undo", "Save", "Open"…): tests find those by name. */
  label: string
  run: () => void
}

export interface Notice {
  id: string
  tone: 'problem' | 'info'
  title: string
  /** One line each: what was ignored, which scenarios were imported… Shown as text, never as markup. */
  items?: readonly string[]
  actions?: readonly NoticeAction[]
}

interface NoticeState {
  notices: readonly Notice[]
  show: (notice: Notice) => void
  dismiss: (id: string) => void
  clear: () => void
}

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  show: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  clear: () => set({ notices: [] }),
}))

export const showNotice = (notice: Notice) => useNoticeStore.getState().show(notice)
export const dismissNotice = (id: string) => useNoticeStore.getState().dismiss(id)
