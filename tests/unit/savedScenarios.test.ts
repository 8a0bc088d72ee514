import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { BESIDE_KEY, MAX_SAVED, SAVED_SCHEMA_VERSION, STORAGE_KEY, UNREADABLE_PREFIX, type SavedData } from '../../src/saved/savedData'
import { mergeSaved } from '../../src/saved/mergeSaved'
import { migrateSavedState } from '../../src/saved/migrateSaved'
import { readSavedRaw, serialiseSaved } from '../../src/saved/readSaved'
import { parseScenarioFile, scenarioFileText } from '../../src/saved/scenarioFile'
import { scenarioSchema, type SavedScenario } from '../../src/share/scenarioSchema'
import { fitScenario } from '../../src/share/scenarioAdjustments'
import { createSavedScenariosStore, type StorageProblem } from '../../src/saved/savedScenariosStore'
import { normaliseScenario } from '../../src/store/scenarioStore'
import type { Scenario } from '../../src/model/scenario'
import { shippedBaseline } from './fixtures'
import { MemoryStorage } from './memoryStorage'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const limits = scenarioLimits(baseline)
const at25: Scenario = { ...published, tariffPct: 25 }
const withDrivetrains: Scenario = { ...published, partnership: { ...published.partnership, drivetrains: true } }

const entry = (id: string, name: string, t: number, scenario = published): SavedScenario => ({
  id,
  name,
  createdAt: t,
  updatedAt: t,
  scenario,
})
const data = (scenarios: SavedScenario[], deleted: Record<string, number> = {}): SavedData => ({
  scenarios,
  deleted: new Map(Object.entries(deleted)),
})
/** The envelope as stored, with any state. */
const stored = (state: unknown, version: unknown = 1) => JSON.stringify({ state, version })

function newStore(storage: MemoryStorage | null, clock = { t: 1_000 }) {
  const problems: StorageProblem[] = []
  const store = createSavedScenariosStore({ storage, report: (p) => problems.push(p), now: () => clock.t++ })
  return { store, problems, clock }
}

/** A valid stored entry (any id, any visible name) and junk that is not one. */
const validEntry = fc.record({
  id: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')),
  name: fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((n) => /^[a-z0-9 ]*[a-z0-9][a-z0-9 ]*$/i.test(n))
    .map((n) => n.replace(/\s+/g, ' ').trim()),
  t: fc.integer({ min: 1, max: 1e12 }),
})
const junk = fc.oneof(
  fc.anything(),
  fc.record({ id: fc.string(), name: fc.string(), createdAt: fc.double(), updatedAt: fc.double(), scenario: fc.anything() }),
)

describe('reading saved data, entry by entry', () => {
  it('reads what it wrote', () => {
    const d = data([entry('a', 'Base', 1)], { b: 5 })
    const read = readSavedRaw(serialiseSaved(d))
    expect(read).toMatchObject({ kind: 'ok', data: d, problems: [] })
    expect(readSavedRaw(null).kind).toBe('empty')
  })

  it.each([
    ['{not json', /not valid JSON/],
    ['[1,2,3]', /expected shape/],
    ['{"state":{"scenarios":"many"},"version":1}', /expected shape/],
  ])('says why %s cannot be read', (raw, problem) => {
    const read = readSavedRaw(raw)
    expect(read.kind).toBe('unreadable')
    expect(read.problems[0]).toMatch(problem)
  })

  it('knows data from a newer schema version, and reads none of it', () => {
    const read = readSavedRaw(stored({ scenarios: [] }, 7))
    expect(read).toMatchObject({ kind: 'newer', version: 7 })
    expect(read.problems[0]).toMatch(/newer version of the dashboard \(schema version 7; this one reads up to 1\)/)
  })

  it('keeps the good entries of a partly broken list and names each bad one on its own line', () => {
    const raw = stored({
      scenarios: [entry('a', 'Good', 1), { id: 'b', name: 'Broken', createdAt: 2, updatedAt: 2, scenario: { tariffPct: 'high' } }],
    })
    const read = readSavedRaw(raw)
    expect(read.kind).toBe('partial')
    expect(read.data.scenarios.map((e) => e.name)).toEqual(['Good'])
    expect(read.entryCount).toBe(2)
    expect(read.problems).toEqual(['#2 “\u2068Broken\u2069”: its scenario.tariffPct is missing or not valid'])
  })

  it('a bad deletion record does not hide the scenarios (#11 point 2)', () => {
    const raw = stored({ scenarios: [entry('a', 'Good', 1), entry('b', 'Also good', 2)], deleted: { x: 'yesterday', y: 3 } })
    const read = readSavedRaw(raw)
    expect(read.kind).toBe('partial')
    expect(read.data.scenarios.map((e) => e.name)).toEqual(['Good', 'Also good'])
    expect(read.data.deleted).toEqual(new Map([['y', 3]]))
    expect(read.problems).toEqual(['the deletion record of “\u2068x\u2069” is not a time (ignored)'])
    expect(readSavedRaw(stored({ scenarios: [entry('a', 'Good', 1)], deleted: 'all' })).data.scenarios).toHaveLength(1)
  })

  it('a version written as text still reads, and says so (#11 point 12)', () => {
    const read = readSavedRaw(stored({ scenarios: [entry('a', 'Good', 1)] }, '1'))
    expect(read.data.scenarios.map((e) => e.name)).toEqual(['Good'])
    expect(read.problems).toEqual(['its version “1” is text, not a number (read as version 1)'])
    expect(readSavedRaw(stored({ scenarios: [entry('a', 'Good', 1)] }, 'one')).data.scenarios).toHaveLength(1)
  })

  it('ids like __proto__, constructor and toString are ordinary ids (#11 point 5)', () => {
    const d: SavedData = {
      scenarios: [entry('__proto__', 'P', 1), entry('constructor', 'C', 2)],
      deleted: new Map([
        ['toString', 5],
        ['__proto__', 6],
      ]),
    }
    const read = readSavedRaw(serialiseSaved(d))
    expect(read.kind).toBe('ok')
    expect(read.data.deleted.get('toString')).toBe(5)
    expect(read.data.deleted.get('__proto__')).toBe(6)
    expect(read.data.scenarios.map((e) => e.id)).toEqual(['__proto__', 'constructor'])
  })

  it('migrates an unversioned list (no ids, no times) to the current version', () => {
    const read = readSavedRaw(stored([{ name: 'From before', scenario: at25 }], 0), 5_000)
    expect(read.kind).toBe('ok')
    expect(read.data.scenarios[0]).toMatchObject({ name: 'From before', createdAt: 5_000, scenario: at25 })
    expect(read.data.scenarios[0]!.id).toBeTruthy()
  })

  it('any string as stored data gives a list of valid scenarios without throwing', () => {
    const structured = fc
      .record({
        version: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.constant(undefined), fc.string()),
        scenarios: fc.array(junk),
        deleted: fc.anything(),
      })
      .map((r) => stored({ scenarios: r.scenarios, deleted: r.deleted }, r.version))
    fc.assert(
      fc.property(fc.oneof(fc.string(), structured, fc.json()), (raw) => {
        const read = readSavedRaw(raw)
        for (const e of read.data.scenarios) {
          expect(scenarioSchema.safeParse(e.scenario).success).toBe(true)
          expect(scenarioSchema.safeParse(normaliseScenario(e.scenario, limits, published)).success).toBe(true)
          expect(e.name.length).toBeGreaterThan(0)
        }
        if (read.kind === 'ok') expect(read.problems).toEqual([])
      }),
      { numRuns: 400 },
    )
  })

  it('any mix of good and bad parts: every good entry is read (#11 point 2)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(validEntry, { selector: (e) => e.id }), fc.array(junk), fc.anything(), (good, bad, deleted) => {
        const list = [...good.map((g) => entry(g.id, g.name, g.t)), ...bad]
        const read = readSavedRaw(stored({ scenarios: list, deleted }))
        const ids = read.data.scenarios.map((e) => e.id)
        for (const g of good) expect(ids).toContain(g.id)
      }),
      { numRuns: 300 },
    )
  })

  it('migrate(old) is valid: any unversioned list of scenarios reads as the current version', () => {
    const oldEntry = fc.record(
      {
        name: fc.string({ minLength: 1 }).filter((s) => /[a-z]/i.test(s)),
        scenario: fc.constant(at25),
        id: fc.string({ minLength: 1 }),
        createdAt: fc.integer(),
      },
      { requiredKeys: ['name', 'scenario'] },
    )
    fc.assert(
      fc.property(fc.uniqueArray(oldEntry, { selector: (e) => e.id ?? Math.random() }), fc.boolean(), (list, wrapped) => {
        const state = migrateSavedState(wrapped ? { scenarios: list } : list, 0, 42)
        const read = readSavedRaw(stored(state, SAVED_SCHEMA_VERSION))
        expect(read.data.scenarios).toHaveLength(list.length)
      }),
      { numRuns: 200 },
    )
  })
})

describe('merging', () => {
  it('lets the later edit win, and a deletion win over older edits', () => {
    const older = entry('a', 'Old name', 1)
    const newer = { ...older, name: 'New name', updatedAt: 5 }
    expect(mergeSaved(data([newer]), data([older]), 10).scenarios[0]!.name).toBe('New name')
    expect(mergeSaved(data([], { a: 6 }), data([newer]), 10).scenarios).toEqual([])
    const restored = { ...newer, updatedAt: 7 }
    expect(mergeSaved(data([], { a: 6 }), data([restored]), 10).scenarios).toEqual([restored])
    expect(mergeSaved(data([]), data([entry('__proto__', 'P', 1)], { constructor: 3 }), 10).deleted.get('constructor')).toBe(3)
  })
})

describe('scenario files', () => {
  it('round-trips', () => {
    const text = scenarioFileText([entry('a', 'Base', 1), entry('b', '25%', 2, at25)], new Date(0))
    expect(JSON.parse(text)).toMatchObject({ format: 'honda-nissan-tariff-scenarios', schemaVersion: 1 })
    expect(parseScenarioFile(text)).toEqual({
      ok: true,
      value: {
        entries: [
          { name: 'Base', scenario: published },
          { name: '25%', scenario: at25 },
        ],
        skipped: [],
        notes: [],
      },
    })
  })

  const FILE = (rest: string) => `{"format":"honda-nissan-tariff-scenarios",${rest}}`
  it.each([
    ['hello', /not a JSON file/],
    ['{"some":"thing"}', /not a scenarios file from this dashboard/],
    [FILE('"schemaVersion":2,"scenarios":[]'), /newer version of the dashboard/],
    [FILE('"schemaVersion":0,"scenarios":[]'), /"schemaVersion" 0 is not a version of this format/],
    [FILE('"schemaVersion":-1,"scenarios":[]'), /"schemaVersion" -1 is not a version of this format/],
    [FILE('"schemaVersion":"1","scenarios":[]'), /"schemaVersion" is missing or not a whole number/],
    [FILE('"schemaVersion":1,"scenarios":[]'), /holds no scenarios/],
    [FILE('"schemaVersion":1,"scenarios":[{"name":"x"}]'), /none of its 1 scenarios could be used/],
  ])('refuses %s and says why', (text, why) => {
    const read = parseScenarioFile(text)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.error.why).toMatch(why)
  })

  it('names a malformed exportedAt as exportedAt, and still imports (#11 point 12)', () => {
    const read = parseScenarioFile(FILE(`"schemaVersion":1,"exportedAt":42,"scenarios":[{"name":"A","scenario":${JSON.stringify(at25)}}]`))
    expect(read.ok && read.value.notes).toEqual(['its "exportedAt" 42 is not a date (ignored)'])
    expect(read.ok && read.value.entries).toHaveLength(1)
  })

  it('imports the valid part of a partly valid file and names the rest, one line each', () => {
    const text = JSON.stringify({
      format: 'honda-nissan-tariff-scenarios',
      schemaVersion: 1,
      scenarios: [
        { name: '  Good  ', scenario: at25 },
        { name: 'Bad', scenario: { ...at25, currency: 'EUR' } },
        'junk',
        { name: '\u200b', scenario: at25 },
      ],
    })
    const read = parseScenarioFile(text)
    expect(read.ok && read.value.entries.map((e) => e.name)).toEqual(['Good'])
    expect(read.ok && read.value.skipped).toEqual([
      '#2 “\u2068Bad\u2069”: its scenario.currency is missing or not valid',
      '#3: it is not a scenario',
      '#4: it has no visible name',
    ])
  })

  it('takes back the saved list as the app offers it for download (#11 point 4)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(validEntry, { selector: (e) => e.id, minLength: 1 }),
        fc.array(junk),
        fc.anything(),
        (good, bad, deleted) => {
          const raw = stored({ scenarios: [...bad, ...good.map((g) => entry(g.id, g.name, g.t))], deleted })
          const read = parseScenarioFile(raw)
          expect(read.ok).toBe(true)
          if (read.ok) expect(read.value.entries.map((e) => e.name).sort()).toEqual(good.map((g) => g.name).sort())
        },
      ),
      { numRuns: 200 },
    )
  })

  it('says what it brought into range, as links do (#11 point 12)', () => {
    const raw: Scenario = { ...at25, tariffPct: 99, startYear: 1999, assumptions: { ...at25.assumptions, fxJpyPerUsd: 5 } }
    const fitted = fitScenario(raw, limits, published)
    expect(fitted.scenario).toMatchObject({ tariffPct: 50, startYear: 2026, assumptions: { fxJpyPerUsd: 100 } })
    expect(fitted.adjusted).toEqual([
      'tariff 99% is outside 0%–50% (used 50%)',
      'partnership start year 1999 is outside 2026–2030 (used 2026)',
      expect.stringMatching(/^exchange rate .*5.* is outside .*100.*–.*200.* \(used .*100.*\)$/),
    ])
    expect(fitScenario(at25, limits, published).adjusted).toEqual([])
  })
})

const names = (store: ReturnType<typeof newStore>['store']) => store.getState().scenarios.map((e) => e.name)
const storedNames = (storage: MemoryStorage, key = STORAGE_KEY) => readSavedRaw(storage.getItem(key)).data.scenarios.map((e) => e.name)

describe('the saved scenarios store', () => {
  it('saves, renames, duplicates, deletes and restores, and keeps storage in step', () => {
    const storage = new MemoryStorage()
    const { store, problems } = newStore(storage)
    const saved = store.getState().save('  Base  case ', published)
    expect(saved.ok && saved.value).toMatchObject({
      entry: { name: 'Base case' },
      numbered: false,
      changes: { spaces: true, shortened: false },
    })
    const second = store.getState().save('base case', at25)
    expect(second.ok && second.value).toMatchObject({ entry: { name: 'base case (2)' }, numbered: true, changes: { spaces: false } })
    const id = saved.ok ? saved.value.entry.id : ''
    store.getState().rename(id, 'Published')
    store.getState().duplicate(id)
    expect(names(store)).toEqual(['Published', 'base case (2)', 'Published (copy)'])
    const removed = store.getState().remove(id)
    expect(names(store)).toEqual(['base case (2)', 'Published (copy)'])
    if (removed.ok) store.getState().restore([removed.value])
    expect(names(store)).toContain('Published')
    expect(storedNames(storage).sort()).toEqual(['Published', 'Published (copy)', 'base case (2)'])
    expect(problems).toEqual([])
  })

  it('refuses blank and invisible names with typed reasons; a rename to a taken name is numbered and says so', () => {
    const { store } = newStore(new MemoryStorage())
    expect(store.getState().save('  ', published)).toEqual({ ok: false, error: { reason: 'empty-name' } })
    expect(store.getState().save('\u200b\u200d', published)).toEqual({ ok: false, error: { reason: 'nothing-visible' } })
    store.getState().save('Base', published)
    const other = store.getState().save('Other', at25)
    const id = other.ok ? other.value.entry.id : ''
    expect(store.getState().rename(id, '')).toEqual({ ok: false, error: { reason: 'empty-name' } })
    const r = store.getState().rename(id, 'base')
    expect(r.ok && r.value).toMatchObject({ entry: { name: 'base (2)' }, numbered: true })
  })

  it('deletes and restores scenarios whose ids are __proto__, constructor or toString (#11 point 5)', () => {
    const storage = new MemoryStorage()
    storage.setItem(
      STORAGE_KEY,
      serialiseSaved(data([entry('__proto__', 'P', 1), entry('constructor', 'C', 2), entry('toString', 'T', 3)])),
    )
    const { store } = newStore(storage)
    const removed = ['__proto__', 'constructor', 'toString'].map((id) => store.getState().remove(id))
    expect(removed.every((r) => r.ok)).toBe(true)
    expect(names(store)).toEqual([])
    expect(readSavedRaw(storage.getItem(STORAGE_KEY)).data.deleted.size).toBe(3)
    store.getState().restore(removed.flatMap((r) => (r.ok ? [r.value] : [])))
    expect(names(store)).toEqual(['P', 'C', 'T'])
    expect(storedNames(storage)).toEqual(['P', 'C', 'T'])
  })

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', JSON.stringify({ hello: 'world' })],
    ['a bad deletion record', stored({ scenarios: [], deleted: { x: 'yesterday' } })],
  ])('keeps %s aside, reports it, and never overwrites it', (_what, raw) => {
    const storage = new MemoryStorage()
    storage.setItem(STORAGE_KEY, raw)
    const { store, problems } = newStore(storage)
    expect(problems).toHaveLength(1)
    const p = problems[0]!
    const asideKey = p.kind === 'unreadable' || p.kind === 'partial' ? p.asideKey : null
    expect(asideKey).toMatch(new RegExp(`^${UNREADABLE_PREFIX}`))
    expect(storage.getItem(asideKey!)).toBe(raw)
    newStore(storage)
    expect(storage.keys().filter((k) => k.startsWith(UNREADABLE_PREFIX))).toHaveLength(1)
    expect(store.getState().save('New', published).ok).toBe(true)
    expect(storage.getItem(asideKey!)).toBe(raw)
  })

  it('never writes over a newer version’s data: saves beside it, and a reload finds both (#11 point 3)', () => {
    const storage = new MemoryStorage()
    const newer = stored({ scenarios: [{ whatever: 'v7 keeps' }] }, 7)
    storage.setItem(STORAGE_KEY, newer)
    const { store, problems } = newStore(storage)
    expect(problems).toEqual([{ kind: 'newer', version: 7, besideKey: BESIDE_KEY, raw: newer }])
    expect(store.getState().save('Mine', published).ok).toBe(true)
    expect(storage.getItem(STORAGE_KEY)).toBe(newer)
    expect(storedNames(storage, BESIDE_KEY)).toEqual(['Mine'])
    expect(names(newStore(storage).store)).toEqual(['Mine'])
  })

  it('two tabs, one asleep (missed every storage event): a deletion stays, names stay unique (#11 point 7)', () => {
    const storage = new MemoryStorage()
    const clock = { t: 1_000 }
    const tabA = newStore(storage, clock).store
    const tabB = newStore(storage, clock).store
    tabA.getState().save('Shared', published)
    tabB.getState().reload()
    const id = tabA.getState().scenarios[0]!.id
    tabA.getState().remove(id)
    tabA.getState().save('Base', at25)
    // B never heard of either change.
    expect(names(tabB)).toEqual(['Shared'])
    const r = tabB.getState().save('Base', withDrivetrains)
    expect(r.ok && r.value.entry.name).toBe('Base (2)')
    expect(names(tabB)).toEqual(['Base', 'Base (2)'])
    expect(storedNames(storage)).toEqual(['Base', 'Base (2)'])
    expect(tabB.getState().rename(id, 'Back?')).toEqual({ ok: false, error: { reason: 'not-found' } })
    expect(tabB.getState().duplicate(id)).toEqual({ ok: false, error: { reason: 'not-found' } })
    expect(storedNames(storage)).toEqual(['Base', 'Base (2)'])
  })

  it('refuses to write over unreadable data when there is no room for a copy, and works once there is (#11 point 8)', () => {
    const storage = new MemoryStorage()
    storage.setItem('other-app', 'x'.repeat(40))
    storage.setItem(STORAGE_KEY, '{oops')
    storage.quota = 80
    const { store, problems } = newStore(storage)
    expect(problems[0]).toMatchObject({ kind: 'unreadable', asideKey: null, raw: '{oops' })
    expect(store.getState().save('New', published)).toEqual({ ok: false, error: { reason: 'blocked-by-unreadable' } })
    expect(storage.getItem(STORAGE_KEY)).toBe('{oops')
    storage.quota = undefined // the user freed space elsewhere
    expect(store.getState().save('New', published).ok).toBe(true)
    expect(
      storage
        .keys()
        .filter((k) => k.startsWith(UNREADABLE_PREFIX))
        .map((k) => storage.getItem(k)),
    ).toEqual(['{oops'])
  })

  it('storage full: a refused save and a refused restore change nothing, and work once space is freed (#11 point 8)', () => {
    const storage = new MemoryStorage()
    const { store } = newStore(storage)
    store.getState().save('First', published)
    store.getState().save('Second', at25)
    const removed = store.getState().remove(store.getState().scenarios[0]!.id)
    const before = storage.getItem(STORAGE_KEY)
    storage.failAllWrites = true
    expect(store.getState().save('Third', at25)).toEqual({ ok: false, error: { reason: 'quota' } })
    expect(removed.ok && store.getState().restore([removed.value])).toEqual({ ok: false, error: { reason: 'quota' } })
    expect(storage.getItem(STORAGE_KEY)).toBe(before)
    expect(names(store)).toEqual(['Second'])
    storage.failAllWrites = false
    expect(removed.ok && store.getState().restore([removed.value]).ok).toBe(true)
    expect(names(store)).toEqual(['First', 'Second'])
  })

  it(`keeps at most ${MAX_SAVED} scenarios; an import fills up to the limit and says how many were left out`, () => {
    const storage = new MemoryStorage()
    storage.setItem(STORAGE_KEY, serialiseSaved(data(Array.from({ length: MAX_SAVED - 2 }, (_, i) => entry(`e${i}`, `S${i}`, i + 1)))))
    const { store } = newStore(storage)
    const r = store.getState().addMany([1, 2, 3, 4].map((i) => ({ name: `New ${i}`, scenario: at25 })))
    expect(r.ok && r.value.added.length).toBe(2)
    expect(r.ok && r.value.overLimit).toBe(2)
    expect(store.getState().save('One more', published)).toEqual({ ok: false, error: { reason: 'limit', max: MAX_SAVED } })
  })

  it('imports with new ids and de-duplicated names, leaving existing scenarios as they were', () => {
    const { store } = newStore(new MemoryStorage())
    store.getState().save('Base', published)
    const before = store.getState().scenarios[0]
    const r = store.getState().addMany([
      { name: 'Base', scenario: at25 },
      { name: 'Base', scenario: withDrivetrains },
    ])
    expect(r.ok && r.value.added.map((e) => e.name)).toEqual(['Base (2)', 'Base (3)'])
    expect(r.ok && r.value.renamed).toEqual([
      ['Base', 'Base (2)'],
      ['Base', 'Base (3)'],
    ])
    expect(store.getState().scenarios[0]).toEqual(before)
  })

  it('works without storage for the life of the tab, and says so', () => {
    const { store, problems } = newStore(null)
    expect(problems).toEqual([{ kind: 'unavailable' }])
    expect(store.getState().save('Kept in memory', published).ok).toBe(true)
    expect(store.getState().scenarios).toHaveLength(1)
  })
})
