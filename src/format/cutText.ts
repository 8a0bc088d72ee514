import { eachGrapheme } from '../model/userText'

/**
 * Cut text to at most `max` UTF-16 units, ending in "…", only between graphemes: an emoji family,
 * a flag or a letter with its accents is kept whole or left out, never split. Text that fits is
 * returned as it is; only the part that is kept is segmented, so a 100 KB string costs no more
 * than a short one.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text
  let kept = ''
  for (const segment of eachGrapheme(text)) {
    if (kept.length + segment.length > max - 1) break
    kept += segment
  }
  return `${kept}…`
}
