import { showNotice } from '../store/noticeStore'

/**
 * Every write to the address bar goes through here. history.replaceState throws when the browser
 * refuses a URL (SecurityError for another origin, a sandboxed frame, too many calls); a refused
 * write must never stop the app (#11): the state stays in memory and the page says once that the
 * address no longer follows.
 */
export const ADDRESS_NOTICE_ID = 'address'
let reported = false

export function replaceAddress(href: string): boolean {
  try {
    const target = new URL(href, window.location.href)
    if (target.origin !== window.location.origin) throw new Error(`${target.origin} is not this site`)
    window.history.replaceState(window.history.state, '', target.href)
    return true
  } catch (e) {
    if (!reported) {
      reported = true
      showNotice({
        id: ADDRESS_NOTICE_ID,
        tone: 'problem',
        title:
          'The browser did not let the dashboard update the address bar, so it may not show the scenario on screen. Use Copy link to share this scenario.',
        items: [`Why: ${e instanceof Error ? e.message : String(e)}`],
      })
    }
    return false
  }
}

/** Tests: report again. */
export function resetAddressReport(): void {
  reported = false
}
