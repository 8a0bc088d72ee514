import { describe, expect, it } from 'vitest'
import { exposedImports, publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { keyFigureTexts } from '../../src/figures/keyFigureTexts'
import { createScenarioStore } from '../../src/store/scenarioStore'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const texts = keyFigureTexts(exposedImports(baseline), baseline.assumptions, baseline.published.preTradeWarTariffPct.value)

function store() {
  return createScenarioStore(publishedScenario(baseline), scenarioLimits(baseline))
}

describe('the key figures as texts of the scenario', () => {
  it('print the published figures at the published settings (FACTS.md)', () => {
    const s = store().getState()
    expect([texts.nissan(s), texts.honda(s), texts.combined(s), texts.saving(s)]).toEqual(['$1.80B', '$2.54B', '$4.34B', '$0.00B'])
    expect(texts.costNote(s)).toBe('a year at 15%, over the pre-trade-war 2.5%')
    expect(texts.savingNote(s)).toBe('switch on a partnership option')
  })

  it('follow each change of the scenario, in yen too, and answer the same text for the same scenario', () => {
    const st = store()
    st.getState().setTariffPct(25)
    const at25 = st.getState()
    expect(texts.combined(at25)).not.toBe('$4.34B')
    expect(texts.costNote(at25)).toBe('a year at 25%, over the pre-trade-war 2.5%')
    st.getState().setCurrency('JPY')
    expect(texts.combined(st.getState())).toMatch(/^¥/)
    expect(texts.ranges.combined(st.getState())).toMatch(/^range ¥/)
    st.getState().setCurrency('USD')
    expect(texts.combined(st.getState())).toBe(texts.combined(at25))
    st.getState().setTariffPct(2)
    expect(texts.costNote(st.getState())).toBe('a year at 2%: at or under the pre-trade-war 2.5%')
  })

  it('break the saving down once both kinds of saving are chosen', () => {
    const st = store()
    st.getState().setPartnership('drivetrains', true)
    st.getState().setPartnership('software', true)
    expect(texts.breakdown(st.getState())).toMatch(/^Of which tariff \$\d+\.\d\dB, development \$\d+\.\d\dB$/)
    expect(texts.savingNote(st.getState())).toBe(`a year at full ramp (from ${st.getState().startYear})`)
  })
})
