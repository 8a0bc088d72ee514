import { describe, expect, it } from 'vitest'
import { embedCode, embedParam, embedUrl, withoutEmbed } from '../../src/share/embedLink'
import { publishedScenario } from '../../src/data/publishedScenario'
import { shippedBaseline } from './fixtures'

const published = publishedScenario(shippedBaseline())

describe('embed links', () => {
  it('reads the embed parameter and leaves the scenario parameters', () => {
    expect(embedParam('?tariff=25&embed=cost-over-time')).toBe('cost-over-time')
    expect(embedParam('?tariff=25')).toBeNull()
    expect(withoutEmbed('?tariff=25&embed=cost-over-time&options=drivetrains')).toBe('?tariff=25&options=drivetrains')
    expect(withoutEmbed('?embed=x')).toBe('')
  })

  it('keeps the sub-path and the scenario in the embed URL', () => {
    const url = embedUrl(
      { origin: 'https://intranet.example', pathname: '/tools/tariffs/' },
      { ...published, tariffPct: 25 },
      published,
      'tariff-sensitivity',
    )
    expect(url).toBe('https://intranet.example/tools/tariffs/?tariff=25&embed=tariff-sensitivity')
  })

  it('writes an iframe with a title and a size, escaping what would end an attribute', () => {
    const code = embedCode('https://x.example/?a=1&embed=cost-over-time', 'Cost over time: "what-if"')
    expect(code).toBe(
      '<iframe src="https://x.example/?a=1&amp;embed=cost-over-time" title="Cost over time: &quot;what-if&quot;" width="800" height="450" style="border:0;max-width:100%" loading="lazy"></iframe>',
    )
  })
})
