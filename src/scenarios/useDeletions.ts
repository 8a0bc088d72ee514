import { useCallback, useRef, type MouseEvent } from 'react'
import type { SavedScenario } from '../share/scenarioSchema'
import type { SavedScenariosStore } from '../store/savedScenariosStore'
import { showNotice, useNoticeStore } from '../store/noticeStore'
import { deletedNotice, dismissDeletedNotice, INFO_NOTICE_ID, isDeletedNoticeShown, nameList, quote, saveFailed } from './savedMessages'

/**
 * A second Delete within this time, or the second click of a double click, is ignored: the list
 * moves up under the pointer, and the click would land on the next scenario's Delete.
 */
export const REPEAT_DELETE_MS = 500

/**
 * Delete with a way back: every deletion since the message appeared can be restored at once, and
 * a Restore the browser refuses keeps its button until it works or the message is dismissed.
 */
export function useDeletions(saved: SavedScenariosStore) {
  const lastDeleteAt = useRef(Number.NEGATIVE_INFINITY)
  const pending = useRef<SavedScenario[]>([])

  const restore = useCallback(() => {
    const entries = pending.current
    const r = saved.getState().restore(entries)
    if (!r.ok) return saveFailed(entries.length === 1 ? quote(entries[0]!.name) : `${entries.length} deleted scenarios`, r.error, saved.getState(), [
      'The Restore button stays until the scenarios are back or you dismiss the message.',
    ])
    pending.current = []
    dismissDeletedNotice()
    showNotice({ id: INFO_NOTICE_ID, tone: 'info', title: `Restored ${nameList(r.value.map((e) => e.name))}.` })
  }, [saved])

  return useCallback(
    (entry: SavedScenario, e: MouseEvent) => {
      const t = e.timeStamp
      if (e.detail > 1 || t - lastDeleteAt.current < REPEAT_DELETE_MS) return
      lastDeleteAt.current = t
      const r = saved.getState().remove(entry.id)
      if (!r.ok) return saveFailed(`The deletion of ${quote(entry.name)}`, r.error, saved.getState())
      // A dismissed message starts a new batch; while it shows, deletions add up.
      if (!isDeletedNoticeShown(useNoticeStore.getState().notices)) pending.current = []
      pending.current = [...pending.current, r.value]
      showNotice(deletedNotice(pending.current, restore))
    },
    [saved, restore],
  )
}
