import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Scenario } from '../model/scenario'
import type { SavedScenario } from '../share/scenarioSchema'
import { MAX_SAVED, newId, type SavedData } from './savedData'
import { normaliseName, takenNames, uniqueName, type NameChanges } from '../model/userText'
import { createSavedRepository, type SaveFailure, type SaveResult, type StorageProblem } from './savedScenariosRepository'

/**
 * Saved scenarios: a plain store whose actions ask the repository to change what is stored and
 * then show exactly what was written. Memory never runs ahead of storage, so there is nothing
 * to roll back and no flag to keep in step.
 */

export type { SaveFailure, SaveResult, StorageProblem }

/** A saved name and what happened to the name the user typed on the way. */
export interface Named {
  entry: SavedScenario
  changes: NameChanges
  /** The name was taken, so a number was added. */
  numbered: boolean
}

export interface ImportOutcome {
  added: SavedScenario[]
  /** Names that were taken, so a number was added: [asked, saved as]. */
  renamed: [string, string][]
  /** Entries left out because the list reached MAX_SAVED. */
  overLimit: number
}

export interface SavedScenariosState {
  scenarios: readonly SavedScenario[]
  save: (name: string, scenario: Scenario) => SaveResult<Named>
  rename: (id: string, name: string) => SaveResult<Named>
  duplicate: (id: string) => SaveResult<SavedScenario>
  remove: (id: string) => SaveResult<SavedScenario>
  /** Bring back deleted scenarios (all at once); ones already back are left as they are. */
  restore: (entries: readonly SavedScenario[]) => SaveResult<SavedScenario[]>
  /** Import: every entry gets a new id and a name no other scenario has. */
  addMany: (entries: readonly { name: string; scenario: Scenario }[]) => SaveResult<ImportOutcome>
  /** Re-read storage (another tab wrote); nothing is written. */
  reload: () => void
  /** Copies of unreadable data kept aside, and a way to free their space once downloaded. */
  asideCopies: () => { key: string; raw: string }[]
  releaseAside: (key: string) => void
}

export type SavedScenariosStore = StoreApi<SavedScenariosState>

export interface SavedStoreOptions {
  /** window.localStorage, or null where the browser refuses storage: the list then lasts as long as the tab. */
  storage: Storage | null
  report: (problem: StorageProblem) => void
  now?: () => number
}

const fail = (error: SaveFailure) => ({ ok: false as const, error })

export function createSavedScenariosStore(options: SavedStoreOptions): SavedScenariosStore {
  const now = options.now ?? Date.now
  const repo = createSavedRepository({ storage: options.storage, report: options.report, now })

  return createStore<SavedScenariosState>()((set) => {
    /** One change to what is stored; on success the list shows what was written. */
    const commit = <T>(change: (stored: SavedData) => SaveResult<{ next: SavedData; value: T }>): SaveResult<T> => {
      const r = repo.write(change)
      if (!r.ok) return r
      set({ scenarios: r.value.data.scenarios })
      return { ok: true, value: r.value.value }
    }
    const names = (stored: SavedData, except?: string) => takenNames(stored.scenarios.filter((e) => e.id !== except).map((e) => e.name))
    const find = (stored: SavedData, id: string) => stored.scenarios.find((e) => e.id === id)

    const named = (rawName: string, stored: SavedData, except?: string) => {
      const read = normaliseName(rawName)
      if (!read.ok) return fail({ reason: read.error })
      const name = uniqueName(read.value.name, names(stored, except))
      return { ok: true as const, value: { name, changes: read.value.changes, numbered: name !== read.value.name } }
    }

    return {
      scenarios: repo.read().scenarios,
      save: (rawName, scenario) =>
        commit((stored) => {
          if (stored.scenarios.length >= MAX_SAVED) return fail({ reason: 'limit', max: MAX_SAVED })
          const n = named(rawName, stored)
          if (!n.ok) return n
          const t = now()
          const entry: SavedScenario = { id: newId(t), name: n.value.name, createdAt: t, updatedAt: t, scenario }
          return { ok: true, value: { next: { ...stored, scenarios: [...stored.scenarios, entry] }, value: { ...n.value, entry } } }
        }),
      rename: (id, rawName) =>
        commit((stored) => {
          const old = find(stored, id)
          if (!old) return fail({ reason: 'not-found' })
          const n = named(rawName, stored, id)
          if (!n.ok) return n
          const entry = { ...old, name: n.value.name, updatedAt: Math.max(now(), old.updatedAt + 1) }
          const scenarios = stored.scenarios.map((e) => (e.id === id ? entry : e))
          return { ok: true, value: { next: { ...stored, scenarios }, value: { ...n.value, entry } } }
        }),
      duplicate: (id) =>
        commit((stored) => {
          const old = find(stored, id)
          if (!old) return fail({ reason: 'not-found' })
          if (stored.scenarios.length >= MAX_SAVED) return fail({ reason: 'limit', max: MAX_SAVED })
          const t = now()
          const entry = { ...old, id: newId(t), name: uniqueName(`${old.name} (copy)`, names(stored)), createdAt: t, updatedAt: t }
          return { ok: true, value: { next: { ...stored, scenarios: [...stored.scenarios, entry] }, value: entry } }
        }),
      remove: (id) =>
        commit((stored) => {
          const old = find(stored, id)
          if (!old) return fail({ reason: 'not-found' })
          const deleted = new Map(stored.deleted).set(id, Math.max(now(), old.updatedAt))
          return { ok: true, value: { next: { scenarios: stored.scenarios.filter((e) => e.id !== id), deleted }, value: old } }
        }),
      restore: (entries) =>
        commit((stored) => {
          const deleted = new Map(stored.deleted)
          const present = new Set(stored.scenarios.map((e) => e.id))
          const taken = names(stored)
          const back: SavedScenario[] = []
          for (const entry of entries) {
            if (present.has(entry.id)) continue
            const name = uniqueName(entry.name, taken)
            taken.add(name.toLowerCase())
            back.push({ ...entry, name, updatedAt: Math.max(now(), (deleted.get(entry.id) ?? 0) + 1) })
            deleted.delete(entry.id)
          }
          return { ok: true, value: { next: { scenarios: [...stored.scenarios, ...back], deleted }, value: back } }
        }),
      addMany: (list) =>
        commit((stored) => {
          const t = now()
          const taken = names(stored)
          const room = Math.max(0, MAX_SAVED - stored.scenarios.length)
          if (room === 0 && list.length > 0) return fail({ reason: 'limit', max: MAX_SAVED })
          const added: SavedScenario[] = []
          const renamed: [string, string][] = []
          list.slice(0, room).forEach((e, i) => {
            const read = normaliseName(e.name)
            const wanted = read.ok ? read.value.name : 'Imported scenario'
            const name = uniqueName(wanted, taken)
            taken.add(name.toLowerCase())
            if (name !== wanted) renamed.push([wanted, name])
            added.push({ id: newId(t), name, createdAt: t + i, updatedAt: t + i, scenario: e.scenario })
          })
          const value = { added, renamed, overLimit: Math.max(0, list.length - room) }
          return { ok: true, value: { next: { ...stored, scenarios: [...stored.scenarios, ...added] }, value } }
        }),
      reload: () => set({ scenarios: repo.read().scenarios }),
      asideCopies: repo.asideCopies,
      releaseAside: repo.releaseAside,
    }
  })
}
