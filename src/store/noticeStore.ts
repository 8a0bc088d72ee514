import { createUiStore } from './createUiStore'
import { cutText } from '../format/cutText'

/**
 * Messages about scenarios: a link that could not be used as written, saved data that could
 * not be read, an import, a failed save, a deletion that can be undone. Problems are shown with
 * role "alert", confirmations with role "status". One notice per id: a new one replaces the old.
 */

/**
 * Where a message is shown. The answer to something done in the Scenarios panel goes in that
 * panel: at the top of the page it was 2,400 px above the button, out of sight, so a deletion's
 * Restore went unseen and a failed import looked like nothing had happened.
 */
export type NoticePlace = 'page' | 'scenarios'

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
  /** 'page' when left out: the top of the page, for what concerns the whole page (a link, stored data). */
  place?: NoticePlace
}

interface NoticeState {
  notices: readonly Notice[]
  show: (notice: Notice) => void
  dismiss: (id: string) => void
  clear: () => void
}

export const useNoticeStore = createUiStore<NoticeState>((set) => ({
  notices: [],
  show: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  clear: () => set({ notices: [] }),
}))

/**
 * What a notice shows (#11): a message can carry 100,000 items (a broken file) or one of 100 KB
 * (a pasted link); shown whole it froze the page and drowned screen readers. The page shows the
 * first few items, each cut short, and a count of the rest; the full text is a download.
 */
export const NOTICE_ITEMS_SHOWN = 5
export const NOTICE_ITEM_CHARS = 200
const NOTICE_TITLE_CHARS = 400

export interface NoticeSummary {
  title: string
  items: string[]
  /** Items not shown. */
  more: number
  /** Something was left out or cut: offer the full report. */
  isCut: boolean
}

export function summariseNotice(n: Notice): NoticeSummary {
  const all = n.items ?? []
  const title = cutText(n.title, NOTICE_TITLE_CHARS)
  const items = all.slice(0, NOTICE_ITEMS_SHOWN).map((item) => cutText(item, NOTICE_ITEM_CHARS))
  const more = all.length - items.length
  const isCut = more > 0 || title !== n.title || items.some((item, i) => item !== all[i])
  return { title, items, more, isCut }
}

/** The whole notice as lines of text, in parts, so no multi-megabyte string is built. */
export function noticeReport(n: Notice): string[] {
  const parts = [`${n.title}\n\n`]
  const items = n.items ?? []
  for (let i = 0; i < items.length; i += 1000) parts.push(`${items.slice(i, i + 1000).join('\n')}\n`)
  return parts
}

export const showNotice = (notice: Notice) => useNoticeStore.getState().show(notice)
export const dismissNotice = (id: string) => useNoticeStore.getState().dismiss(id)
