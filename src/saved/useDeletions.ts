import { useCallback, useRef, type MouseEvent, type RefObject } from 'react'
import { keepFocusAfter } from '../ui/focus'
import type { SavedScenario } from '../share/scenarioSchema'
import type { SavedScenariosStore } from './savedScenariosStore'
import { useNoticeStore } from '../store/noticeStore'
import {
  deletedNotice,
  dismissDeletedNotice,
  INFO_NOTICE_ID,
  isDeletedNoticeShown,
  nameList,
  quote,
  saveFailed,
  showPanelNotice,
} from './savedMessages'

/**
 * The second click of a double click is ignored, and so is a second Delete at the same place
 * within this time (a double tap): the list moves up under the pointer, and the click would land
 * on the next scenario's Delete.
 */
export const REPEAT_DELETE_MS = 500
const SAME_PLACE_PX = 8

/**
 * Delete with a way back: every deletion since the message appeared can be restored at once, and
 * a Restore the browser refuses keeps its button until it works or the message is dismissed.
 */
export function useDeletions(saved: SavedScenariosStore, list: RefObject<HTMLElement | null>) {
  const last = useRef({ at: Number.NEGATIVE_INFINITY, x: 0, y: 0 })
  const pending = useRef<SavedScenario[]>([])

  const restore = useCallback(() => {
    const entries = pending.current
    const r = saved.getState().restore(entries)
    if (!r.ok)
      return saveFailed(entries.length === 1 ? quote(entries[0]!.name) : `${entries.length} deleted scenarios`, r.error, saved.getState(), [
        'The Restore button stays until the scenarios are back or you dismiss the message.',
      ])
    pending.current = []
    last.current.at = Number.NEGATIVE_INFINITY
    dismissDeletedNotice()
    showPanelNotice({ id: INFO_NOTICE_ID, tone: 'info', title: `Restored ${nameList(r.value.map((e) => e.name))}.` })
    // The Restore button has gone with its message: focus the list the scenarios are back in (#10).
    keepFocusAfter(() => [list.current])
  }, [saved, list])

  return useCallback(
    (entry: SavedScenario, e: MouseEvent) => {
      const prev = last.current
      const samePlace = Math.abs(e.clientX - prev.x) <= SAME_PLACE_PX && Math.abs(e.clientY - prev.y) <= SAME_PLACE_PX
      if (e.detail > 1 || (samePlace && e.timeStamp - prev.at < REPEAT_DELETE_MS)) return
      last.current = { at: e.timeStamp, x: e.clientX, y: e.clientY }
      // The focused Delete goes with its item: the next item's Delete takes focus (the one now
      // at the same place), else the previous one's, else the list; the message says what went (#10).
      const item = (e.currentTarget as HTMLElement).closest('li')
      const deleteIn = (li: Element | null | undefined) => li?.querySelector<HTMLElement>('button.danger')
      const next = deleteIn(item?.nextElementSibling)
      const before = deleteIn(item?.previousElementSibling)
      const r = saved.getState().remove(entry.id)
      if (!r.ok) return saveFailed(`The deletion of ${quote(entry.name)}`, r.error, saved.getState())
      keepFocusAfter(() => [next, before, list.current])
      // A dismissed message starts a new batch; while it shows, deletions add up.
      if (!isDeletedNoticeShown(useNoticeStore.getState().notices)) pending.current = []
      pending.current = [...pending.current, r.value]
      showPanelNotice(deletedNotice(pending.current, restore))
    },
    [saved, restore, list],
  )
}
