import type { Notice } from '../store/noticeStore'
import type { StorageProblem } from '../store/savedScenariosStore'
import { downloadBlob } from '../charts/download'

/** The words of every message about scenarios, in one place. */
export const LINK_NOTICE_ID = 'link'

export function linkNotice(ignored: readonly string[]): Notice {
  // A grouped line ("12,000 unknown parameters: …") is many values in one line.
  const one = ignored.length === 1 && !/^\d/.test(ignored[0]!)
  return {
    id: LINK_NOTICE_ID,
    tone: 'problem',
    title: `This link had ${one ? 'a value' : 'values'} the dashboard could not use as written, so it shows the nearest valid scenario. Ignored or adjusted:`,
    items: ignored,
  }
}

export function storageNotice(p: StorageProblem): Notice {
  if (p.kind === 'unavailable') {
    return {
      id: 'storage',
      tone: 'problem',
      title: 'This browser does not let the dashboard keep data, so saved scenarios last only until this tab closes.',
      items: ['Export them to a file (Export scenarios) to keep them.'],
    }
  }
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')
  return {
    id: 'storage',
    tone: 'problem',
    title:
      p.kind === 'partial'
        ? 'Some saved scenarios could not be read. The others are in the list.'
        : 'Your saved scenarios could not be read. The dashboard opened with an empty list.',
    items: [
      `Why: ${p.problem}.`,
      p.asideKey
        ? `Nothing was deleted: the original data is kept unchanged in this browser under “${p.asideKey}”. Download it to keep a copy.`
        : 'There is no room to keep a copy of it, so nothing will be saved over it. Download it, then free some space.',
    ],
    actions: [
      {
        label: 'Download the unreadable data',
        run: () => downloadBlob(`honda-nissan-unreadable-scenarios-${stamp}.json`, new Blob([p.raw], { type: 'application/json' })),
      },
    ],
  }
}

