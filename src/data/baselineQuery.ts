import { queryOptions } from '@tanstack/react-query'
import { parseBaseline, type Baseline } from './baselineSchema'

/** Set by vite.config.ts `define`: the baseline JSON in the single-file build, else null. */
declare const __EMBEDDED_BASELINE__: unknown

export const BASELINE_URL = `${import.meta.env.BASE_URL}data/baseline.json`

export class DataError extends Error {}

async function loadBaseline(): Promise<Baseline> {
  // The single-file build opens from file://, where fetch cannot read a file beside it: vite.config
  // writes the baseline into that build's code (null, a dead branch, in every other build).
  if (__EMBEDDED_BASELINE__ !== null) return parsedOrThrow(__EMBEDDED_BASELINE__)
  let response: Response
  try {
    response = await fetch(BASELINE_URL)
  } catch {
    throw new DataError(`The baseline data (${BASELINE_URL}) could not be reached. Check the connection and retry.`)
  }
  if (!response.ok) {
    throw new DataError(`The baseline data (${BASELINE_URL}) is missing: the server answered ${response.status}.`)
  }
  let raw: unknown
  try {
    raw = await response.json()
  } catch {
    throw new DataError(`The baseline data (${BASELINE_URL}) is not valid JSON.`)
  }
  return parsedOrThrow(raw)
}

function parsedOrThrow(raw: unknown): Baseline {
  const parsed = parseBaseline(raw)
  if (!parsed.ok) throw new DataError(`The baseline data (${BASELINE_URL}) does not have the expected shape: ${parsed.error}.`)
  return parsed.value
}

/** The id of the data block the build writes into index.html (vite.config.ts). */
export const BASELINE_DATA_ID = 'baseline-data'

/**
 * The baseline the build embedded in index.html: the same file, parsed the same way, there before
 * any script runs, so the first view needs no request (issue 7). Absent (tests, a page without
 * the block) or unreadable: undefined, and the app fetches the file as before.
 */
export function embeddedBaseline(): Baseline | undefined {
  if (embedded === null) embedded = readEmbeddedBaseline()
  return embedded
}
let embedded: Baseline | undefined | null = null

function readEmbeddedBaseline(): Baseline | undefined {
  const text = typeof document === 'undefined' ? null : document.getElementById(BASELINE_DATA_ID)?.textContent
  if (!text) return undefined
  try {
    const parsed = parseBaseline(JSON.parse(text))
    return parsed.ok ? parsed.value : undefined
  } catch {
    return undefined
  }
}

/**
 * One factory owns the key and the loader; the data is static, so it never goes stale. It starts
 * with the embedded copy; App then still fetches the file once, after the first view, so the
 * file on the server stays the one source: an equal file changes nothing (TanStack keeps the
 * same object), a newer one is shown, a broken one is reported as before.
 */
export const baselineQuery = queryOptions({
  queryKey: ['baseline', BASELINE_URL],
  queryFn: loadBaseline,
  staleTime: Number.POSITIVE_INFINITY,
  retry: 1,
  initialData: embeddedBaseline,
  // Counted as fetched when the page loaded; only App's check replaces it.
  initialDataUpdatedAt: () => (typeof performance === 'undefined' ? undefined : performance.timeOrigin),
})
