import type { Scenario } from '../model/scenario'
import { encodeScenarioQuery, safePathname } from './scenarioUrl'

/**
 * `?embed=<slug>` shows one chart alone, for an <iframe> in an intranet page or a report. The
 * other parameters are the scenario, as in any link. Pure: the page passes its location.
 */
export const EMBED_PARAM = 'embed'

/** The slug asked for, or null; whether it names a chart is for the caller (the chart registry) to say. */
export function embedParam(search: string): string | null {
  try {
    const value = new URLSearchParams(search).get(EMBED_PARAM)
    return value === null ? null : value.trim()
  } catch {
    return null
  }
}

/** The query without the embed parameter: what the scenario parser reads, and "Open in dashboard". */
export function withoutEmbed(search: string): string {
  const params = new URLSearchParams(search)
  params.delete(EMBED_PARAM)
  const query = params.toString()
  return query ? `?${query}` : ''
}

type Where = Pick<Location, 'origin' | 'pathname'>

/** The scenario's link with `embed=<slug>` added, on this site and path (a sub-path is kept). */
export function embedUrl(where: Where, scenario: Scenario, published: Scenario, slug: string): string {
  const query = encodeScenarioQuery(scenario, published)
  const params = new URLSearchParams(query)
  params.set(EMBED_PARAM, slug)
  return `${where.origin}${safePathname(where.pathname)}?${params.toString()}`
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The snippet "Copy embed code" puts on the clipboard: a 16:9 iframe with a title for screen readers. */
export function embedCode(url: string, title: string, size = { width: 800, height: 450 }): string {
  return `<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="${size.width}" height="${size.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
}
