import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import {
  EMPTY_SAVED,
  mergeSaved,
  migrateSavedState,
  parseScenarioFile,
  readSavedRaw,
  SAVED_SCHEMA_VERSION,
  scenarioFileText,
  serialiseSaved,
  STORAGE_KEY,
  UNREADABLE_PREFIX,
  type SavedData,
} from '../../src/share/savedScenarios'
import { scenarioSchema, uniqueName, type SavedScenario } from '../../src/share/scenarioSchema'
import { createSavedScenariosStore, type StorageProblem } from '../../src/store/savedScenariosStore'
import { normaliseScenario } from '../../src/store/scenarioStore'
import type { Scenario } from '../../src/model/scenario'
import { shippedBaseline } from './fixtures'
import { MemoryStorage } from './memoryStorage'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const limits = scenarioLimits(baseline)
const at25: Scenario = { ...published, tariffPct: 25 }
const withDrivetrains: Scenario = { ...published, partnership: { ...published.partnership, drivetrains: true } }

const entry = (id: string, name: string, t: number, scenario = published): SavedScenario => ({ id, name, createdAt: t, updatedAt: t, scenario })

function newStore(storage: MemoryStorage | null, clock = { t: 1_000 }) {
  const problems: StorageProblem[] = []
  const store = createSavedScenariosStore({ storage, report: (p) => problems.push(p), now: () => clock.t++ })
  return { store, problems, clock }
}

describe('reading saved data', () => {
  it('reads what it wrote', () => {
    const data: SavedData = { scenarios: [entry('a', 'Base', 1)], deleted: {} }
    expect(readSavedRaw(serialiseSaved(data))).toEqual({ kind: 'ok', data })
    expect(readSavedRaw(null)).toEqual({ kind: 'empty' })
  })

  it.each([
    ['{not json', /not valid JSON/],
    ['[1,2,3]', /expected shape/],
    ['{"state":{"scenarios":"many"},"version":1}', /expected shape/],
    ['{"state":{"scenarios":[]},"version":7}', /newer version of the dashboard \(schema version 7; this one reads up to 1\)/],
  ])('says why %s cannot be read', (raw, problem) => {
    const read = readSavedRaw(raw)
    expect(read.kind).toBe('unreadable')
    expect(read.kind === 'unreadable' && read.problem).toMatch(problem)
  })

  it('keeps the good entries of a partly broken list and names the bad ones', () => {
    const raw = JSON.stringify({
      state: { scenarios: [entry('a', 'Good', 1), { id: 'b', name: 'Broken', createdAt: 2, updatedAt: 2, scenario: { tariffPct: 'high' } }] },
      version: 1,
    })
    const read = readSavedRaw(raw)
    expect(read.kind).toBe('partial')
    if (read.kind !== 'partial') return
    expect(read.data.scenarios.map((e) => e.name)).toEqual(['Good'])
    expect(read.problem).toMatch(/1 of 2 saved scenarios could not be read: #2 “Broken” \(its scenario\.tariffPct is missing or not valid\)/)
  })

  it('migrates an unversioned list (no ids, no times) to the current version', () => {
    const old = [{ name: 'From before', scenario: at25 }]
    const read = readSavedRaw(JSON.stringify({ state: old, version: 0 }), 5_000)
    expect(read.kind).toBe('ok')
    if (read.kind !== 'ok') return
    expect(read.data.scenarios).toHaveLength(1)
    expect(read.data.scenarios[0]).toMatchObject({ name: 'From before', createdAt: 5_000, scenario: at25 })
    expect(read.data.scenarios[0]!.id).toBeTruthy()
  })

  it('any string as stored data gives a list of valid scenarios without throwing', () => {
    const structured = fc
      .record({
        version: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constant(undefined)),
        scenarios: fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.string(), name: fc.string(), createdAt: fc.double(), updatedAt: fc.double(), scenario: fc.anything() }))),
      })
      .map((r) => JSON.stringify({ state: { scenarios: r.scenarios }, version: r.version }))
    fc.assert(
      fc.property(fc.oneof(fc.string(), structured, fc.json()), (raw) => {
        const read = readSavedRaw(raw)
        if (read.kind === 'ok' || read.kind === 'partial') {
          for (const e of read.data.scenarios) {
            expect(scenarioSchema.safeParse(e.scenario).success).toBe(true)
            expect(scenarioSchema.safeParse(normaliseScenario(e.scenario, limits, published)).success).toBe(true)
            expect(e.name.length).toBeGreaterThan(0)
          }
        }
      }),
      { numRuns: 400 },
    )
  })

  it('migrate(old) is valid: any unversioned list of scenarios reads as the current version', () => {
    const oldEntry = fc.record(
      { name: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0), scenario: fc.constant(at25), id: fc.string({ minLength: 1 }), createdAt: fc.integer() },
      { requiredKeys: ['name', 'scenario'] },
    )
    fc.assert(
      fc.property(fc.uniqueArray(oldEntry, { selector: (e) => e.id ?? Math.random() }), fc.boolean(), (list, wrapped) => {
        const state = migrateSavedState(wrapped ? { scenarios: list } : list, 0, 42)
        const read = readSavedRaw(JSON.stringify({ state, version: SAVED_SCHEMA_VERSION }))
        expect(read.kind).toBe('ok')
        if (read.kind === 'ok') expect(read.data.scenarios).toHaveLength(list.length)
      }),
      { numRuns: 200 },
    )
  })
})

describe('merging two tabs’ lists', () => {
  it('keeps what either side saved', () => {
    const mine = { scenarios: [entry('a', 'Mine', 1)], deleted: {} }
    const theirs = { scenarios: [entry('b', 'Theirs', 2)], deleted: {} }
    expect(mergeSaved(theirs, mine, 10).scenarios.map((e) => e.name)).toEqual(['Mine', 'Theirs'])
  })
  it('lets the later edit win, and a deletion win over older edits', () => {
    const older = entry('a', 'Old name', 1)
    const newer = { ...older, name: 'New name', updatedAt: 5 }
    expect(mergeSaved({ scenarios: [newer], deleted: {} }, { scenarios: [older], deleted: {} }, 10).scenarios[0]!.name).toBe('New name')
    expect(mergeSaved({ scenarios: [], deleted: { a: 6 } }, { scenarios: [newer], deleted: {} }, 10).scenarios).toEqual([])
    // Restored after the deletion: it stays.
    const restored = { ...newer, updatedAt: 7 }
    expect(mergeSaved({ scenarios: [], deleted: { a: 6 } }, { scenarios: [restored], deleted: {} }, 10).scenarios).toEqual([restored])
  })
})

describe('scenario files', () => {
  it('round-trips', () => {
    const text = scenarioFileText([entry('a', 'Base', 1), entry('b', '25%', 2, at25)], new Date(0))
    expect(JSON.parse(text)).toMatchObject({ format: 'honda-nissan-tariff-scenarios', schemaVersion: 1 })
    const read = parseScenarioFile(text)
    expect(read).toEqual({ ok: true, value: { entries: [{ name: 'Base', scenario: published }, { name: '25%', scenario: at25 }], skipped: [] } })
  })
  it.each([
    ['hello', /not a JSON file/],
    ['{"some":"thing"}', /not a scenarios file from this dashboard/],
    ['{"format":"honda-nissan-tariff-scenarios","schemaVersion":2,"scenarios":[]}', /newer version of the dashboard/],
    ['{"format":"honda-nissan-tariff-scenarios","schemaVersion":1,"scenarios":[]}', /holds no scenarios/],
    ['{"format":"honda-nissan-tariff-scenarios","schemaVersion":1,"scenarios":[{"name":"x"}]}', /none of its scenarios could be used: #1 “x”: its scenario is missing or not valid/],
  ])('refuses %s and says why', (text, error) => {
    const read = parseScenarioFile(text)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.error).toMatch(error)
  })
  it('imports the valid part of a partly valid file and names the rest', () => {
    const text = JSON.stringify({
      format: 'honda-nissan-tariff-scenarios',
      schemaVersion: 1,
      scenarios: [{ name: '  Good  ', scenario: at25 }, { name: 'Bad', scenario: { ...at25, currency: 'EUR' } }, 'junk'],
    })
    const read = parseScenarioFile(text)
    expect(read.ok && read.value.entries.map((e) => e.name)).toEqual(['Good'])
    expect(read.ok && read.value.skipped).toEqual(['#2 “Bad”: its scenario.currency is missing or not valid', '#3: it is not a scenario'])
  })
  it('de-duplicates names without case', () => {
    expect(uniqueName('Base', ['base'])).toBe('Base (2)')
    expect(uniqueName('Base', ['Base', 'Base (2)'])).toBe('Base (3)')
    expect(uniqueName('Other', ['Base'])).toBe('Other')
  })
})

describe('the saved scenarios store', () => {
  it('saves, renames, duplicates, deletes and restores, and keeps storage in step', () => {
    const storage = new MemoryStorage()
    const { store, problems } = newStore(storage)
    const s = store.getState()
    const saved = s.save('  Base  case ', published)
    expect(saved.ok && saved.value.name).toBe('Base case')
    const second = store.getState().save('base case', at25)
    expect(second.ok && second.value.name).toBe('base case (2)')
    const id = saved.ok ? saved.value.id : ''
    store.getState().rename(id, 'Published')
    store.getState().duplicate(id)
    expect(store.getState().scenarios.map((e) => e.name)).toEqual(['Published', 'base case (2)', 'Published (copy)'])
    const removed = store.getState().remove(id)
    expect(store.getState().scenarios.map((e) => e.name)).toEqual(['base case (2)', 'Published (copy)'])
    if (removed.ok) store.getState().restore(removed.value)
    expect(store.getState().scenarios.map((e) => e.name)).toContain('Published')
    const stored = readSavedRaw(storage.getItem(STORAGE_KEY))
    expect(stored.kind === 'ok' && stored.data.scenarios.map((e) => e.name).sort()).toEqual(['Published', 'Published (copy)', 'base case (2)'])
    expect(problems).toEqual([])
  })

  it.each([
    ['not JSON', '{oops'],
    ['a future schema version', JSON.stringify({ state: { scenarios: [] }, version: 99 })],
    ['the wrong shape', JSON.stringify({ hello: 'world' })],
  ])('keeps %s aside, reports it, and never overwrites it', (_what, raw) => {
    const storage = new MemoryStorage()
    storage.setItem(STORAGE_KEY, raw)
    const { store, problems } = newStore(storage)
    expect(store.getState().scenarios).toEqual([])
    expect(problems).toHaveLength(1)
    const p = problems[0]!
    expect(p.kind).toBe('unreadable')
    const asideKey = p.kind === 'unreadable' ? p.asideKey : null
    expect(asideKey).toMatch(new RegExp(`^${UNREADABLE_PREFIX}`))
    expect(storage.getItem(asideKey!)).toBe(raw)
    // A new store (a reload) reuses the same copy and does not report twice in one session.
    newStore(storage)
    expect(storage.keys().filter((k) => k.startsWith(UNREADABLE_PREFIX))).toHaveLength(1)
    expect(store.getState().save('New', published).ok).toBe(true)
    expect(storage.getItem(asideKey!)).toBe(raw)
  })

  it('refuses to write over unreadable data when there is no room to keep a copy', () => {
    const storage = new MemoryStorage()
    storage.setItem(STORAGE_KEY, '{oops')
    storage.quota = 30
    const { store, problems } = newStore(storage)
    expect(problems[0]).toMatchObject({ kind: 'unreadable', asideKey: null, raw: '{oops' })
    const r = store.getState().save('New', published)
    expect(r.ok).toBe(false)
    expect(storage.getItem(STORAGE_KEY)).toBe('{oops')
    expect(store.getState().scenarios).toEqual([])
  })

  it('says a save failed when storage is full, and keeps the previous copy', () => {
    const storage = new MemoryStorage()
    const { store } = newStore(storage)
    store.getState().save('First', published)
    const before = storage.getItem(STORAGE_KEY)
    storage.failAllWrites = true
    const r = store.getState().save('Second', at25)
    expect(r).toEqual({ ok: false, error: 'the browser’s storage for this site is full' })
    expect(storage.getItem(STORAGE_KEY)).toBe(before)
    expect(store.getState().scenarios.map((e) => e.name)).toEqual(['First'])
  })

  it('two tabs: neither overwrites the other’s saves, and a reload shows both', () => {
    const storage = new MemoryStorage()
    const clock = { t: 1_000 }
    const tabA = newStore(storage, clock).store
    const tabB = newStore(storage, clock).store
    tabA.getState().save('From A', published)
    tabB.getState().save('From B', at25)
    expect(tabB.getState().scenarios.map((e) => e.name)).toEqual(['From A', 'From B'])
    tabA.getState().reload()
    expect(tabA.getState().scenarios.map((e) => e.name)).toEqual(['From A', 'From B'])
    // A deletes; B, which still has it, saves something else: the deleted one stays deleted.
    const idA = tabA.getState().scenarios[0]!.id
    tabA.getState().remove(idA)
    tabB.getState().save('Another from B', withDrivetrains)
    expect(tabB.getState().scenarios.map((e) => e.name)).toEqual(['From B', 'Another from B'])
  })

  it('imports with new ids and de-duplicated names, leaving existing scenarios as they were', () => {
    const { store } = newStore(new MemoryStorage())
    store.getState().save('Base', published)
    const before = store.getState().scenarios[0]
    const r = store.getState().addMany([{ name: 'Base', scenario: at25 }, { name: 'Base', scenario: withDrivetrains }])
    expect(r.ok && r.value.map((e) => e.name)).toEqual(['Base (2)', 'Base (3)'])
    expect(store.getState().scenarios[0]).toEqual(before)
  })

  it('works without storage for the life of the tab, and says so', () => {
    const { store, problems } = newStore(null)
    expect(problems).toEqual([{ kind: 'unavailable' }])
    expect(store.getState().save('Kept in memory', published).ok).toBe(true)
    expect(store.getState().scenarios).toHaveLength(1)
    void EMPTY_SAVED
  })
})
