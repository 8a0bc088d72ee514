import type { Notice, NoticeAction } from '../store/noticeStore'
import type { StorageProblem } from './savedScenariosStore'
import { SAVED_SCHEMA_VERSION, STORAGE_KEY } from './savedData'
import { formatCount } from '../format/format'
import { plural } from './savedMessages'
import { downloadBlob } from '../charts/download'

/** The messages about what was found in storage (unreadable, newer, unavailable). */

/** Title for data that could not all be read: counts, and the right words when none was readable. */
function unreadableTitle(p: Extract<StorageProblem, { kind: 'partial' | 'unreadable' }>): string {
  const bad = p.entryCount - p.readableCount
  if (p.readableCount === 0) {
    return p.entryCount
      ? `None of your ${plural(p.entryCount, 'saved scenario')} could be read. The dashboard opened with an empty list.`
      : 'Your saved scenarios could not be read. The dashboard opened with an empty list.'
  }
  const others = p.readableCount === 1 ? 'The other one is' : `The ${formatCount(p.readableCount)} others are`
  if (bad > 0) return `${formatCount(bad)} of ${plural(p.entryCount, 'saved scenario')} could not be read. ${others} in the list.`
  return `Part of the saved data could not be read; all ${plural(p.readableCount, 'saved scenario')} are in the list.`
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
  const download: NoticeAction = {
    label: 'Download the unreadable data',
    run: () => downloadBlob(`honda-nissan-unreadable-scenarios-${stamp}.json`, new Blob([p.raw], { type: 'application/json' })),
  }
  if (p.kind === 'newer') {
    return {
      id: 'storage',
      tone: 'problem',
      title: `Saved scenarios from a newer version of the dashboard (schema version ${p.version}; this one reads up to ${SAVED_SCHEMA_VERSION}) could not be read.`,
      items: [
        `They are left unchanged under “${STORAGE_KEY}”, where the newer version will find them.`,
        `Scenarios saved here are kept beside them, under “${p.besideKey}”.`,
      ],
      actions: [download],
    }
  }
  return {
    id: 'storage',
    tone: 'problem',
    title: unreadableTitle(p),
    items: [
      p.asideKey
        ? `Nothing was deleted: the original data is kept unchanged in this browser under “${p.asideKey}”. Download it to keep a copy; Import takes it back.`
        : 'There is no room to keep a copy of it, so nothing will be saved over it. Download it, then free some space.',
      ...p.problems.map((why) => `Not read: ${why}.`),
    ],
    actions: [download],
  }
}
