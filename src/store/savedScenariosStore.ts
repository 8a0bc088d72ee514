import { createStore, type StoreApi } from 'zustand/vanilla'
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware'
import type { Scenario } from '../model/scenario'
import { cleanName, uniqueName, type SavedScenario } from '../share/scenarioSchema'
import {
  EMPTY_SAVED,
  mergeSaved,
  migrateSavedState,
  newId,
  readSavedRaw,
  SAVED_SCHEMA_VERSION,
  serialiseSaved,
  STORAGE_KEY,
  UNREADABLE_PREFIX,
  type SavedData,
} from '../share/savedScenarios'

/**
 * Saved scenarios, kept in localStorage through zustand's `persist` with a schema version.
 * The storage adapter below is where nothing gets lost:
 * - on read, data it cannot use (not JSON, wrong shape, a newer schema version, bad entries)
 *   is copied aside under `hn-dashboard:scenarios:unreadable:<time>` before anything is written,
 *   and reported; if there is no room for the copy, writing stays off so the original survives;
 * - on write, it re-reads what is stored and merges by id (another tab may have saved since),
 *   and a write the browser refuses (storage full) leaves the stored copy as it was and is
 *   reported to the action, which puts the list back as stored.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; error: string }

export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'unreadable' | 'partial'; problem: string; raw: string; asideKey: string | null }

export interface SavedScenariosState extends SavedData {
  save: (name: string, scenario: Scenario) => Result<SavedScenario>
  rename: (id: string, name: string) => Result<SavedScenario>
  duplicate: (id: string) => Result<SavedScenario>
  remove: (id: string) => Result<SavedScenario>
  /** Bring back a deleted scenario (the "undo" of a deletion). */
  restore: (entry: SavedScenario) => Result<SavedScenario>
  /** Import: every entry gets a new id and a name no other scenario has. */
  addMany: (entries: readonly { name: string; scenario: Scenario }[]) => Result<SavedScenario[]>
  /** Re-read storage (another tab wrote); nothing is written. */
  reload: () => void
}

export type SavedScenariosStore = StoreApi<SavedScenariosState>

export interface SavedStoreOptions {
  /** window.localStorage, or null where the browser refuses storage: the list then lasts as long as the tab. */
  storage: Storage | null
  report: (problem: StorageProblem) => void
  now?: () => number
}

function describeWriteError(e: unknown): string {
  const name = e instanceof DOMException ? e.name : ''
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'the browser’s storage for this site is full'
  }
  return `the browser refused to store it (${e instanceof Error ? e.message : String(e)})`
}

function createAdapter(options: SavedStoreOptions) {
  const { storage, report } = options
  const now = options.now ?? Date.now
  let suspended = false
  let blocked: string | null = null
  let lastError: string | null = null
  let lastWritten: SavedData | null = null
  const reported = new Set<string>()

  const readRaw = (key: string): string | null => {
    try {
      return storage ? storage.getItem(key) : null
    } catch {
      return null
    }
  }

  /** Copy unusable data aside once (an identical copy is reused). Returns its key, or null if it could not be kept. */
  const keepAside = (raw: string): string | null => {
    if (!storage) return null
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)
        if (key?.startsWith(UNREADABLE_PREFIX) && storage.getItem(key) === raw) return key
      }
      const key = `${UNREADABLE_PREFIX}${now()}`
      storage.setItem(key, raw)
      return key
    } catch {
      return null
    }
  }

  /** Read and check what is stored; set aside and report anything that cannot be used. */
  const readStored = (): SavedData | null => {
    const raw = readRaw(STORAGE_KEY)
    const read = readSavedRaw(raw, now())
    if (read.kind === 'empty') return null
    if (read.kind === 'ok') return read.data
    const asideKey = keepAside(raw as string)
    if (asideKey === null) {
      blocked =
        'saved data this version could not read is in the way and there is no room to keep a copy of it, so nothing is written over it'
    }
    if (!reported.has(raw as string)) {
      reported.add(raw as string)
      report({ kind: read.kind, problem: read.problem, raw: raw as string, asideKey })
    }
    return read.kind === 'partial' ? read.data : null
  }

  const adapter: PersistStorage<SavedData> = {
    getItem: () => {
      const data = readStored()
      return data ? { state: data, version: SAVED_SCHEMA_VERSION } : null
    },
    setItem: (_name, value: StorageValue<SavedData>) => {
      lastError = null
      lastWritten = null
      if (suspended || !storage) return
      // Re-read before writing: another tab may have saved since this one last read.
      const stored = readStored()
      if (blocked) {
        lastError = blocked
        return
      }
      const merged = mergeSaved(stored ?? EMPTY_SAVED, value.state, now())
      try {
        storage.setItem(STORAGE_KEY, serialiseSaved(merged))
        lastWritten = merged
      } catch (e) {
        lastError = describeWriteError(e)
      }
    },
    removeItem: () => {},
  }

  return {
    adapter,
    takeError: () => lastError,
    takeWritten: () => lastWritten,
    /** Set state without writing it back (rollback, another tab's changes). */
    quietly: (fn: () => void) => {
      suspended = true
      try {
        fn()
      } finally {
        suspended = false
      }
    },
    readStored,
  }
}

const pickData = (s: SavedData): SavedData => ({ scenarios: s.scenarios, deleted: s.deleted })

export function createSavedScenariosStore(options: SavedStoreOptions): SavedScenariosStore {
  const now = options.now ?? Date.now
  const io = createAdapter(options)
  if (!options.storage) options.report({ kind: 'unavailable' })

  return createStore<SavedScenariosState>()(
    persist<SavedScenariosState, [], [], SavedData>(
      (set, get) => {
        /** Apply a change, write it, and keep memory equal to what is stored. */
        const commit = <T,>(next: SavedData, value: T): Result<T> => {
          const before = pickData(get())
          set(next)
          const error = io.takeError()
          if (error) {
            io.quietly(() => set(before))
            return { ok: false, error }
          }
          const written = io.takeWritten()
          if (written) io.quietly(() => set(written))
          return { ok: true, value }
        }
        const names = (except?: string) => get().scenarios.filter((e) => e.id !== except).map((e) => e.name)
        const find = (id: string) => get().scenarios.find((e) => e.id === id)
        const notFound = { ok: false as const, error: 'that scenario is no longer in the list (deleted in another tab?)' }

        return {
          ...EMPTY_SAVED,
          save: (rawName, scenario) => {
            const name = cleanName(rawName)
            if (!name) return { ok: false, error: 'give the scenario a name' }
            const t = now()
            const entry: SavedScenario = { id: newId(t), name: uniqueName(name, names()), createdAt: t, updatedAt: t, scenario }
            return commit({ ...pickData(get()), scenarios: [...get().scenarios, entry] }, entry)
          },
          rename: (id, rawName) => {
            const old = find(id)
            if (!old) return notFound
            const name = cleanName(rawName)
            if (!name) return { ok: false, error: 'a name cannot be empty' }
            const entry = { ...old, name: uniqueName(name, names(id)), updatedAt: now() }
            return commit({ ...pickData(get()), scenarios: get().scenarios.map((e) => (e.id === id ? entry : e)) }, entry)
          },
          duplicate: (id) => {
            const old = find(id)
            if (!old) return notFound
            const t = now()
            const entry = { ...old, id: newId(t), name: uniqueName(`${old.name} (copy)`, names()), createdAt: t, updatedAt: t }
            return commit({ ...pickData(get()), scenarios: [...get().scenarios, entry] }, entry)
          },
          remove: (id) => {
            const old = find(id)
            if (!old) return notFound
            const deleted = { ...get().deleted, [id]: Math.max(now(), old.updatedAt) }
            return commit({ scenarios: get().scenarios.filter((e) => e.id !== id), deleted }, old)
          },
          restore: (entry) => {
            const t = Math.max(now(), (get().deleted[entry.id] ?? 0) + 1)
            const back = { ...entry, name: uniqueName(entry.name, names(entry.id)), updatedAt: t }
            const deleted = { ...get().deleted }
            delete deleted[entry.id]
            return commit({ scenarios: [...get().scenarios.filter((e) => e.id !== entry.id), back], deleted }, back)
          },
          addMany: (list) => {
            const t = now()
            const taken = names()
            const added = list.map((e, i) => {
              const name = uniqueName(cleanName(e.name) || 'Imported scenario', taken)
              taken.push(name)
              return { id: newId(t), name, createdAt: t + i, updatedAt: t + i, scenario: e.scenario }
            })
            return commit({ ...pickData(get()), scenarios: [...get().scenarios, ...added] }, added)
          },
          reload: () => {
            const stored = io.readStored()
            if (stored) io.quietly(() => set(stored))
          },
        }
      },
      {
        name: STORAGE_KEY,
        version: SAVED_SCHEMA_VERSION,
        storage: io.adapter,
        partialize: pickData,
        // The adapter already migrates on read: it has to, to know what to keep aside before
        // anything is written. This covers an older envelope that reaches persist some other way.
        migrate: (state, version) => {
          const read = readSavedRaw(JSON.stringify({ state: migrateSavedState(state, version), version: SAVED_SCHEMA_VERSION }))
          return read.kind === 'ok' || read.kind === 'partial' ? read.data : EMPTY_SAVED
        },
      },
    ),
  )
}
