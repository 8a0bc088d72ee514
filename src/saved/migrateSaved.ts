import { isRecord, newId, SAVED_SCHEMA_VERSION } from './savedData'

/**
 * The one migration of the saved list: readSavedRaw runs it once per read, before entries are
 * checked (the repository and file import both read through it). Steps from each old version to
 * the next. Version 0 is what zustand's persist writes when no version is set (and what a
 * hand-written list looks like): entries may lack ids and times, and there are no tombstones. Each step takes the previous version's state and returns the next.
 */
const MIGRATIONS = new Map<number, (state: unknown, now: number) => unknown>([
  [
    0,
    (state, now) => {
      const list = Array.isArray(state) ? state : isRecord(state) && Array.isArray(state.scenarios) ? state.scenarios : null
      if (!list) return state
      return {
        scenarios: list.map((e) =>
          isRecord(e)
            ? {
                ...e,
                id: typeof e.id === 'string' && e.id ? e.id : newId(now),
                createdAt: typeof e.createdAt === 'number' ? e.createdAt : now,
                updatedAt: typeof e.updatedAt === 'number' ? e.updatedAt : now,
              }
            : e,
        ),
        deleted: {},
      }
    },
  ],
])

/** Bring a saved state of any earlier version up to SAVED_SCHEMA_VERSION. Never throws. */
export function migrateSavedState(state: unknown, fromVersion: number, now: number = Date.now()): unknown {
  let s = state
  for (let v = Math.max(0, Math.floor(fromVersion)); v < SAVED_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS.get(v)
    if (step) s = step(s, now)
  }
  return s
}
