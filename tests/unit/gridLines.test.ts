import { horizontalAtTicks, noLines, verticalAtTicks } from '../../src/charts/gridLines'

// A linear scale as Recharts hands it to a grid's generator: only `map` is read.
const linear = (d0: number, d1: number, r0: number, r1: number) => ({
  map: (v: unknown) => r0 + ((Number(v) - d0) * (r1 - r0)) / (d1 - d0),
})
const offset = { left: 40, top: 10, width: 500, height: 200, right: 20, bottom: 30, brushBottom: 0 }
type Generator = typeof verticalAtTicks
type Input = Parameters<Generator>[0]

describe('grid lines at the axes’ ticks', () => {
  it('puts a vertical line at every x tick and at the plot’s edges, once each', () => {
    const xAxis = { scale: linear(0, 50, 40, 540), ticks: [0, 10, 15, 20, 25, 30, 40, 50] } as unknown as Input['xAxis']
    expect(verticalAtTicks({ xAxis, width: 560, height: 240, offset }, false)).toEqual([40, 140, 190, 240, 290, 340, 440, 540])
  })
  it('adds the plot’s edges where no tick falls on them', () => {
    const yAxis = { scale: linear(0, 4, 210, 10), ticks: [1, 2, 3] } as unknown as Parameters<typeof horizontalAtTicks>[0]['yAxis']
    expect(horizontalAtTicks({ yAxis, width: 560, height: 240, offset }, false)).toEqual([160, 110, 60, 10, 210])
  })
  it('draws nothing before the chart’s axis has registered its ticks, and nothing where lines are off', () => {
    const xAxis = { scale: linear(0, 100, 40, 540) } as unknown as Input['xAxis']
    expect(verticalAtTicks({ xAxis, width: 560, height: 240, offset }, false)).toEqual([])
    expect(noLines()).toEqual([])
  })
})
