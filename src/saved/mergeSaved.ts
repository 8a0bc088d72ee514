import type { SavedScenario } from '../share/scenarioSchema'
import type { SavedData } from './savedData'

/** Tombstones older than this are dropped; a tab left open longer may bring a deleted scenario back. */
const TOMBSTONE_DAYS = 90

/**
 * Two copies of the list → one. By id the later edit wins; a deletion wins over edits made
 * before it. The repository writes what is stored plus one change, so this mostly drops old
 * tombstones and hides what a tombstone says is deleted (an older tab may have written it back).
 */
export function mergeSaved(theirs: SavedData, mine: SavedData, now: number = Date.now()): SavedData {
  const deleted = new Map<string, number>()
  const cutoff = now - TOMBSTONE_DAYS * 86_400_000
  for (const d of [theirs.deleted, mine.deleted]) {
    for (const [id, at] of d) {
      if (at >= cutoff && at > (deleted.get(id) ?? Number.NEGATIVE_INFINITY)) deleted.set(id, at)
    }
  }
  const byId = new Map<string, SavedScenario>()
  for (const e of [...theirs.scenarios, ...mine.scenarios]) {
    const had = byId.get(e.id)
    if (!had || e.updatedAt >= had.updatedAt) byId.set(e.id, e)
  }
  const scenarios = [...byId.values()]
    .filter((e) => {
      const at = deleted.get(e.id)
      if (at === undefined) return true
      if (at >= e.updatedAt) return false
      deleted.delete(e.id) // restored after it was deleted
      return true
    })
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { scenarios, deleted }
}
