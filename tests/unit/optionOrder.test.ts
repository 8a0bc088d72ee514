import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PARTNERSHIP_OPTIONS } from '../../src/model/scenario'
import { scenarioCaption } from '../../src/format/scenarioText'
import { encodeScenarioQuery } from '../../src/share/scenarioUrl'
import { exposedImports, publishedScenario } from '../../src/data/publishedScenario'
import { scenarioSummary } from '../../src/format/scenarioSummary'
import { shippedBaseline } from './fixtures'

/**
 * One order of the partnership options (issue 8): the page has always listed drivetrains,
 * platforms, software (switches, captions, links, summaries, comparison); it is now written once,
 * in model/scenario.ts, and nothing else spells the list out.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

const baseline = shippedBaseline()
const published = publishedScenario(baseline)
const all = { ...published, partnership: { software: true, drivetrains: true, platforms: true } }

describe('the order of the partnership options', () => {
  it('is drivetrains, platforms, software', () => {
    expect(PARTNERSHIP_OPTIONS).toEqual(['drivetrains', 'platforms', 'software'])
  })

  it('is the order of the caption, the link and the summary', () => {
    expect(scenarioCaption(all)).toContain('shared drivetrains, co-developed platforms and shared software from 2027')
    expect(new URLSearchParams(encodeScenarioQuery(all, published)).get('options')).toBe('drivetrains,platforms,software')
    const summary = scenarioSummary(all, exposedImports(baseline), 15)
    expect(summary.indexOf('drivetrains')).toBeLessThan(summary.indexOf('platforms'))
    expect(summary.indexOf('platforms')).toBeLessThan(summary.indexOf('software'))
  })

  it('is written only in model/scenario.ts', () => {
    const list = /\[\s*'(software|drivetrains|platforms)',\s*'(software|drivetrains|platforms)',\s*'(software|drivetrains|platforms)'\s*\]/
    const offenders = sourceFiles('src').filter((f) => !f.endsWith(join('model', 'scenario.ts')) && list.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})
