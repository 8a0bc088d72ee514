import type { Notice } from '../store/noticeStore'

/** The message about a link the dashboard could not use as written. */
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
