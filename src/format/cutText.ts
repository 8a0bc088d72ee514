/**
 * Cut text to at most `max` UTF-16 units, ending in "…", only between graphemes: an emoji family,
 * a flag or a letter with its accents is kept whole or left out, never split. Text that fits is
 * returned as it is; only the part that is kept is segmented, so a 100 KB string costs no more
 * than a short one.
 */
let segmenter: Intl.Segmenter | undefined

export function cutText(text: string, max: number): string {
  if (text.length <= max) return text
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  let kept = ''
  for (const { segment } of segmenter.segment(text)) {
    if (kept.length + segment.length > max - 1) break
    kept += segment
  }
  return `${kept}…`
}
