import { describe, expect, it } from 'vitest'
import { chartFileName, scenarioCaption, sourceLine } from '../../src/format/scenarioText'
import { publishedScenario } from '../../src/data/publishedScenario'
import { shippedBaseline } from './fixtures'

const published = publishedScenario(shippedBaseline())

describe('scenario words', () => {
  it('states the published scenario', () => {
    expect(scenarioCaption(published)).toBe('Tariff 15% · no partnership · USD')
    expect(sourceLine(published)).toBe(
      'Source: company estimates as reported, November 2025; model assumptions: 0% of the tariff passed on to buyers.',
    )
  })
  it('names the options, the start year and the yen rate', () => {
    const s = {
      ...published,
      tariffPct: 25,
      currency: 'JPY' as const,
      partnership: { software: true, drivetrains: true, platforms: false },
    }
    expect(scenarioCaption(s)).toBe('Tariff 25% · shared drivetrains and shared software from 2027 · JPY at ¥151.57/$')
    expect(sourceLine(s)).toContain('software saves $0.10B per company a year over 2 years')
  })
  it('makes file names that say what they are', () => {
    const s = { ...published, tariffPct: 25, partnership: { software: false, drivetrains: true, platforms: false } }
    expect(chartFileName('tariff-sensitivity', s, 'png')).toBe('honda-nissan_tariff-sensitivity_25pct_drivetrains-2027.png')
    expect(chartFileName('cost-over-time', { ...published, tariffPct: 27.5 }, 'csv')).toBe(
      'honda-nissan_cost-over-time_27-5pct_no-partnership.csv',
    )
  })
})
