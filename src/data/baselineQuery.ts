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

/** One factory owns the key and the loader; the data is static, so it never goes stale. */
export const baselineQuery = queryOptions({
  queryKey: ['baseline', BASELINE_URL],
  queryFn: loadBaseline,
  staleTime: Number.POSITIVE_INFINITY,
  retry: 1,
})
