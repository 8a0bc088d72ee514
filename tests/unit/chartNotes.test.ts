import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { encodeScenarioQuery, parseScenarioQuery } from '../../src/share/scenarioUrl'
import { readSavedRaw, serialiseSaved } from '../../src/saved/readSaved'
import { parseScenarioFile, scenarioFileText } from '../../src/saved/scenarioFile'
import { createScenarioStore, normaliseScenario, pickScenario, sameScenario } from '../../src/store/scenarioStore'
import { NOTE_LIMITS, normaliseNote, type ChartNote } from '../../src/model/notes'
import { fitScenario } from '../../src/share/scenarioAdjustments'
import type { Scenario } from '../../src/model/scenario'
import { shippedBaseline } from './fixtures'
import { arbNote } from './arbNote'

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const limits = scenarioLimits(baseline)
const parse = (q: string) => parseScenarioQuery(q, { published, limits })
const encode = (s: Scenario) => encodeScenarioQuery(s, published)
const withNotes = (notes: readonly ChartNote[]): Scenario => ({ ...published, notes })
const note: ChartNote = { chart: 'cost-over-time', anchor: 2028, text: 'Kentucky line opens' }

describe('notes in a link (#9)', () => {
  it('travel as one compact parameter each, URL-encoded', () => {
    const q = encode(withNotes([note, { chart: 'tariff-sensitivity', anchor: 22.5, text: 'a ~ b & c=d <b>' }]))
    expect(q).toBe('note=cost-over-time~2028~Kentucky%20line%20opens&note=tariff-sensitivity~22.5~a%20~%20b%20%26%20c%3Dd%20%3Cb%3E')
    expect(parse(q)).toEqual({
      scenario: withNotes([note, { chart: 'tariff-sensitivity', anchor: 22.5, text: 'a ~ b & c=d <b>' }]),
      ignored: [],
    })
  })

  it('report bad notes in one line, keep the good ones and the rest of the link', () => {
    const r = parse(
      'tariff=25&note=nowhere~1~x&note=cost-over-time~2028~Good&note=cost-over-time~soon~x&note=plain&note=cost-over-time~2028~%E2%80%8F%20',
    )
    expect(r.scenario.tariffPct).toBe(25)
    expect(r.scenario.notes).toEqual([{ chart: 'cost-over-time', anchor: 2028, text: 'Good' }])
    expect(r.ignored).toEqual(['4 notes could not be used: “nowhere~1~x”, “cost-over-time~soon~x”, “plain”, “cost-over-time~2028~\u200f ”'])
  })

  it(`keep the first ${NOTE_LIMITS.maxNotes} notes and say so`, () => {
    const q = Array.from({ length: 12 }, (_, i) => `note=cost-over-time~2028~n${i}`).join('&')
    const r = parse(q)
    expect(r.scenario.notes.map((n) => n.text)).toEqual(Array.from({ length: 10 }, (_, i) => `n${i}`))
    expect(r.ignored).toEqual([`2 notes over the limit of 10 (the first 10 were used): “n10”, “n11”`])
  })

  it('normalise text like names: controls and direction marks gone, cut at 80 graphemes', () => {
    expect(normaliseNote({ chart: 'cost-over-time', anchor: 2028, text: '  a\u202e\tb\u0000 ' }, limits)).toEqual({
      chart: 'cost-over-time',
      anchor: 2028,
      text: 'a b',
    })
    expect(normaliseNote({ chart: 'cost-over-time', anchor: 2028, text: '👍🏽'.repeat(100) }, limits)?.text).toBe('👍🏽'.repeat(80))
    expect(normaliseNote({ chart: 'cost-over-time', anchor: 2028, text: '\u200b\u2066' }, limits)).toBeNull()
    expect(normaliseNote({ chart: 'what-matters-most', anchor: '<img>', text: 'x' }, limits)).toBeNull()
  })

  it('any note text round-trips through the link, the saved list and a file; any query never throws', () => {
    fc.assert(
      fc.property(fc.array(arbNote, { maxLength: 12 }), (raw) => {
        const s = normaliseScenario(withNotes(raw), limits, published)
        expect(parse(encode(s))).toEqual({ scenario: s, ignored: [] })
        const saved = readSavedRaw(
          serialiseSaved({ scenarios: [{ id: 'a', name: 'A', createdAt: 1, updatedAt: 1, scenario: s }], deleted: new Map() }),
        )
        expect(saved.kind).toBe('ok')
        expect(sameScenario(saved.data.scenarios[0]!.scenario, s)).toBe(true)
        const file = parseScenarioFile(scenarioFileText([{ name: 'A', scenario: s }], new Date(0)))
        expect(file.ok && sameScenario(file.value.entries[0]!.scenario, s)).toBe(true)
      }),
    )
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (values) => {
        const q = values.map((v) => `note=${encodeURIComponent(v)}`).join('&')
        expect(() => parse(q)).not.toThrow()
      }),
    )
  })

  it('read saves and files made before notes, with no notes', () => {
    const { notes: _, ...old } = published
    const saved = readSavedRaw(
      JSON.stringify({
        state: { scenarios: [{ id: 'a', name: 'Old', createdAt: 1, updatedAt: 1, scenario: old }], deleted: {} },
        version: 1,
      }),
    )
    expect(saved.kind).toBe('ok')
    expect(saved.data.scenarios[0]!.scenario.notes).toEqual([])
    const file = parseScenarioFile(
      JSON.stringify({ format: 'honda-nissan-tariff-scenarios', schemaVersion: 1, scenarios: [{ name: 'Old', scenario: old }] }),
    )
    expect(file.ok && file.value.entries[0]!.scenario.notes).toEqual([])
  })

  it('are compared by sameScenario', () => {
    expect(sameScenario(withNotes([note]), withNotes([{ ...note }]))).toBe(true)
    expect(sameScenario(withNotes([note]), withNotes([{ ...note, text: 'other' }]))).toBe(false)
    expect(sameScenario(withNotes([note]), published)).toBe(false)
  })
})

describe('notes whose chart cannot draw their anchor', () => {
  const reason = (q: string) => parse(q).ignored

  it('a year outside the chart is reported with the chart’s years, skipped, and left out of the tidied link', () => {
    const r = parse('note=cost-over-time~2028~Plant%20opens&note=cost-over-time~2099~far')
    expect(r.ignored).toEqual(['note “cost-over-time~2099~far”: 2099 is not a year on Cost over time (2025–2030)'])
    expect(r.scenario.notes).toEqual([{ chart: 'cost-over-time', anchor: 2028, text: 'Plant opens' }])
    expect(encode(r.scenario)).toBe('note=cost-over-time~2028~Plant%20opens')
  })

  it('every kind of anchor the chart does not draw is reported with where the chart takes notes', () => {
    const rows = '(tariffPct, passThroughPct, drivetrainsPct, drivetrainsRampYears, platformsPct, platformsRampYears, fxJpyPerUsd)'
    // [note as in the link, why it is not drawn]
    const cases: [string, string][] = [
      ['cost-over-time~2024~a', '2024 is not a year on Cost over time (2025–2030)'],
      ['plant-footprint~2031~a', '2031 is not a year on Plant footprint (2025–2030)'],
      ['plant-footprint~2028.5~a', '2028.5 is not a year on Plant footprint (2025–2030)'],
      ['tariff-sensitivity~70~a', '70% is not a tariff on Tariff sensitivity (0%–50%)'],
      ['tariff-sensitivity~50.5~a', '50.5% is not a tariff on Tariff sensitivity (0%–50%)'],
      ['tariff-sensitivity~-5~a', '-5% is not a tariff on Tariff sensitivity (0%–50%)'],
      ['tariff-cost-by-company~toyota~a', 'toyota is not a key on Tariff cost by company (nissan, honda, combined)'],
      ['tariff-cost-by-company~tariffPct~a', 'tariffPct is not a key on Tariff cost by company (nissan, honda, combined)'],
      ['what-matters-most~nissan~a', `nissan is not a key on What matters most ${rows}`],
      // Software saves development cost and the value per vehicle only counts vehicles: never a row.
      ['what-matters-most~softwareSavingUsd~a', `softwareSavingUsd is not a key on What matters most ${rows}`],
    ]
    for (const [note, why] of cases) expect(reason(`note=${note}`)).toEqual([`note “${note}”: ${why}`])
    expect(parse('note=what-matters-most~vehicleValueUsd~a').scenario.notes).toEqual([])
  })

  it('several on one chart are one line with the count; other charts’ and unreadable notes keep their own lines', () => {
    const r = parse('note=cost-over-time~2099~a&note=plain&note=cost-over-time~1999~b&note=tariff-sensitivity~99~c')
    expect(r.ignored).toEqual([
      '2 notes are not at a year on Cost over time (2025–2030): “cost-over-time~2099~a”, “cost-over-time~1999~b”',
      'note “plain” could not be used',
      'note “tariff-sensitivity~99~c”: 99% is not a tariff on Tariff sensitivity (0%–50%)',
    ])
    expect(r.scenario.notes).toEqual([])
  })

  it('every anchor a chart draws is still accepted', () => {
    const good: ChartNote[] = [
      ...[2025, 2026, 2027, 2028, 2029, 2030].flatMap((anchor): ChartNote[] => [
        { chart: 'cost-over-time', anchor, text: 'y' },
        { chart: 'plant-footprint', anchor, text: 'y' },
      ]),
      // The sensitivity chart's tariff axis is continuous: between the slider's steps is drawn too.
      ...[0, 12.3, 22.5, 50].map((anchor): ChartNote => ({ chart: 'tariff-sensitivity', anchor, text: 't' })),
      ...['nissan', 'honda', 'combined'].map((anchor): ChartNote => ({ chart: 'tariff-cost-by-company', anchor, text: 'c' })),
      // A row shown only with an option on, or in yen, is kept: switching it on draws the note.
      ...['tariffPct', 'passThroughPct', 'drivetrainsPct', 'platformsRampYears', 'fxJpyPerUsd'].map((anchor): ChartNote => ({
        chart: 'what-matters-most',
        anchor,
        text: 'w',
      })),
    ]
    for (let i = 0; i < good.length; i += NOTE_LIMITS.maxNotes) {
      const notes = good.slice(i, i + NOTE_LIMITS.maxNotes)
      expect(parse(encode(withNotes(notes)))).toEqual({ scenario: withNotes(notes), ignored: [] })
    }
  })

  it('are left out of saved and imported scenarios, and the store refuses them', () => {
    const off: ChartNote = { chart: 'cost-over-time', anchor: 2099, text: 'far' }
    expect(normaliseScenario(withNotes([note, off]), limits, published).notes).toEqual([note])
    expect(fitScenario(withNotes([off, note]), limits, published).scenario.notes).toEqual([note])
    const store = createScenarioStore(published, limits)
    store.getState().addNote({ chart: 'tariff-sensitivity', anchor: 70, text: 'x' })
    store.getState().addNote({ chart: 'what-matters-most', anchor: 'softwareSavingUsd', text: 'x' })
    expect(store.getState().notes).toEqual([])
  })
})

describe('notes and undo (#9)', () => {
  it('adding, editing and removing a note are one undo step each', () => {
    const store = createScenarioStore(published, limits)
    const past = () => store.temporal.getState().pastStates.length
    store.getState().addNote(note)
    expect(past()).toBe(1)
    store.getState().editNote(0, 'Line opens')
    expect(past()).toBe(2)
    store.getState().editNote(0, 'Line opens') // no change: no step
    store.getState().addNote({ ...note, text: '\u200b' }) // nothing visible: refused, no step
    expect(past()).toBe(2)
    store.getState().removeNote(0)
    expect(past()).toBe(3)
    expect(store.getState().notes).toEqual([])
    store.temporal.getState().undo()
    expect(store.getState().notes).toEqual([{ ...note, text: 'Line opens' }])
    store.temporal.getState().undo()
    expect(store.getState().notes).toEqual([note])
    store.temporal.getState().undo()
    expect(pickScenario(store.getState())).toEqual(published)
  })

  it(`refuses an ${NOTE_LIMITS.maxNotes + 1}th note`, () => {
    const store = createScenarioStore(published, limits)
    for (let i = 0; i < 11; i++) store.getState().addNote({ ...note, text: `n${i}` })
    expect(store.getState().notes).toHaveLength(10)
  })
})

describe('notes in the editable deck (#9)', () => {
  it('are listed as text beside the native chart they belong to, and only there', async () => {
    const { editableChart } = await import('../../src/charts/editableCharts')
    const scenario = withNotes([note, { chart: 'tariff-sensitivity', anchor: 22.5, text: 'a <b>' }])
    const inputs = { scenario, baseline, tornadoYear: 0 }
    expect(editableChart('cost-over-time', inputs).aside).toBe('Notes:\n2028: Kentucky line opens')
    expect(editableChart('tariff-sensitivity', inputs).aside).toBe('Notes:\n22.5%: a <b>')
    expect(editableChart('tariff-cost-by-company', inputs).aside).toBeUndefined()
  })
})
