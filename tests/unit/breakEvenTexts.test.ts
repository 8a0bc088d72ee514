import { describe, expect, it } from 'vitest'
import { exposedImports, publishedScenario, scenarioLimits } from '../../src/data/publishedScenario'
import { breakEvenTexts } from '../../src/store/breakEvenTexts'
import { createScenarioStore } from '../../src/store/scenarioStore'
import { shippedBaseline } from './fixtures'

const baseline = shippedBaseline()
const today = baseline.published.currentTariffPct.value
const texts = breakEvenTexts(exposedImports(baseline), baseline.assumptions, today)
const store = () => createScenarioStore(publishedScenario(baseline), scenarioLimits(baseline))

describe('"Break-even" in words, from the scenario', () => {
  it('at the published settings: nothing to move, nothing to apply', () => {
    const s = store().getState()
    expect(texts.first(s)).toBe(
      'Without shared drivetrains or co-developed platforms nothing moves into North America, so the break-even tariff is today’s 15%.',
    )
    expect(texts.second(s)).toBe('At 15% the cost is no higher than at today’s 15%: nothing needs to move.')
    expect(texts.third(s)).toBeNull()
    expect(texts.canApply(s)).toBe(false)
  })

  it('at 25%: 44.4% must move (1 − 12.5 ÷ 22.5); with no option on there is nothing to apply, with one there is', () => {
    const st = store()
    st.getState().setTariffPct(25)
    expect(texts.second(st.getState())).toBe(
      'To hold today’s cost at 25%, 44.4% of the tariff-exposed import value must move into North America.',
    )
    expect(texts.third(st.getState())).toMatch(
      /^Shared drivetrains and co-developed platforms could move at most .*switch one on to apply it\.$/,
    )
    expect(texts.canApply(st.getState())).toBe(false)
    st.getState().setPartnership('drivetrains', true)
    expect(texts.first(st.getState())).toMatch(/^With shared drivetrains at full ramp \(.* up to a tariff of .*%\.$/)
    expect(texts.canApply(st.getState())).toBe(true)
  })

  it('with everything passed on to buyers there is no cost and no second sentence', () => {
    const st = store()
    st.getState().setAssumption('passThroughPct', 100)
    expect(texts.first(st.getState())).toBe('With all of the tariff passed on to buyers, the companies bear no tariff cost at any rate.')
    expect(texts.second(st.getState())).toBeNull()
  })
})
