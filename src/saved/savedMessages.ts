import { dismissNotice, showNotice, type Notice, type NoticeAction } from '../store/noticeStore'
import type { Named, SaveFailure, SavedScenariosState } from './savedScenariosStore'
import type { SavedScenario } from '../share/scenarioSchema'
import { NAME_MAX_LENGTH, quoteUserText } from '../model/userText'
import { formatCount } from '../format/format'
import { downloadBlob } from '../charts/download'

/**
 * The words of the messages about saved scenarios. User text (names, file names) is always
 * quoted with `quote`, which isolates it: a right-to-left name cannot reorder the sentence.
 */
export const quote = quoteUserText

/** "1 scenario", "2,701 scenarios". */
export const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`

/** The Scenarios panel's own, so a page message (Copy link's) does not replace it, nor it one. */
export const INFO_NOTICE_ID = 'saved-info'
/** Its own id, so a failed Restore (said under INFO_NOTICE_ID) leaves the Restore button in place. */
export const DELETED_NOTICE_ID = 'deleted'

/** Shown in the Scenarios panel, where the action it answers was taken. */
export const showPanelNotice = (notice: Notice) => showNotice({ ...notice, place: 'scenarios' })

/** A typed reason → the end of "… could not be saved: <reason>." */
export function failureText(f: SaveFailure): string {
  switch (f.reason) {
    case 'quota':
      return 'the browser’s storage for this site is full'
    case 'refused':
      return `the browser refused to store it (${f.detail.slice(0, 120)})`
    case 'blocked-by-unreadable':
      return 'saved data this version could not read is in the way and there is no room to keep a copy of it, so nothing is written over it'
    case 'not-found':
      return 'that scenario is no longer in the list (deleted in another tab?)'
    case 'empty-name':
      return 'the name is empty'
    case 'nothing-visible':
      return 'the name has nothing visible in it'
    case 'limit':
      return `the list already holds ${formatCount(f.max)} scenarios, the most it keeps`
  }
}

/** What the person can do about it. */
function advice(f: SaveFailure): string {
  switch (f.reason) {
    case 'limit':
      return 'Delete some (export them to a file first to keep them) and try again.'
    case 'not-found':
      return 'The list now shows what is stored.'
    case 'blocked-by-unreadable':
      return 'Download the unreadable data, then free some space in this browser, and try again.'
    default:
      return 'Your saved scenarios are as they were. Export them to a file, or delete some to make room, and try again.'
  }
}

/** Offered when space is short and a copy of unreadable data is taking some: download it, then free it. */
function freeAsideAction(saved: SavedScenariosState): NoticeAction[] {
  if (saved.asideCopies().length === 0) return []
  return [
    {
      label: 'Download and remove the unreadable data kept aside',
      run: () => {
        for (const { key, raw } of saved.asideCopies()) {
          downloadBlob(`honda-nissan-unreadable-scenarios-${key.split(':').pop()}.json`, new Blob([raw], { type: 'application/json' }))
          saved.releaseAside(key)
        }
        showPanelNotice({
          id: INFO_NOTICE_ID,
          tone: 'info',
          title: 'The unreadable data was downloaded and removed from this browser. Try again.',
        })
      },
    },
  ]
}

/** "<what> could not be saved: <why>." with advice, and a way to free space where there is one. */
export function saveFailed(what: string, f: SaveFailure, saved: SavedScenariosState, extra: readonly string[] = []) {
  if (f.reason === 'not-found') saved.reload()
  showPanelNotice({
    id: INFO_NOTICE_ID,
    tone: 'problem',
    title: `${what} could not be saved: ${failureText(f)}.`,
    items: [advice(f), ...extra],
    actions: f.reason === 'quota' || f.reason === 'blocked-by-unreadable' ? freeAsideAction(saved) : undefined,
  })
}

/** Each change made to a typed name, said as it happened. */
export function nameNotes(n: Named): string[] {
  const notes: string[] = []
  if (n.changes.shortened) notes.push(`The name was shortened to ${NAME_MAX_LENGTH} characters.`)
  if (n.changes.spaces) notes.push('Extra spaces were removed from the name.')
  if (n.changes.invisible) notes.push('Invisible and direction-changing characters were removed from the name.')
  if (n.numbered) notes.push(`That name is taken, so it was saved as ${quote(n.entry.name)}.`)
  return notes
}

/** The inline message of a name that was refused, in the save or rename form. */
export function nameRefusal(f: SaveFailure): string | null {
  if (f.reason === 'empty-name') return 'Type a name for the scenario.'
  if (f.reason === 'nothing-visible') return 'That name has nothing visible in it. Type a name with letters, digits or symbols.'
  return null
}

/** “A”, “B” and “C”, or “A”, “B”, “C” and 12 more: a line stays short. */
export function nameList(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max).map(quote)
  const more = names.length - shown.length
  if (more > 0) return `${shown.join(', ')} and ${formatCount(more)} more`
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '')
}

/** "Deleted “A”." with one button that brings back every deletion since the message appeared. */
export function deletedNotice(pending: readonly SavedScenario[], restore: () => void): Notice {
  const n = pending.length
  return {
    id: DELETED_NOTICE_ID,
    tone: 'info',
    title: `Deleted ${nameList(pending.map((e) => e.name))}.`,
    actions: [{ label: n === 1 ? 'Restore the deleted scenario' : `Restore ${formatCount(n)} deleted scenarios`, run: restore }],
  }
}

export const isDeletedNoticeShown = (notices: readonly Notice[]) => notices.some((x) => x.id === DELETED_NOTICE_ID)
export const dismissDeletedNotice = () => dismissNotice(DELETED_NOTICE_ID)
