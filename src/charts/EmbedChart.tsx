import './EmbedChart.css'
import { useEffect, useMemo, useState } from 'react'
import { CHARTS } from './chartList'
import { ChartSizeContext, type ChartSize } from './chartSize'
import type { ChartSlug } from './chartMeta'

/** Page type scale (13 px ticks) at an 800×450 frame; smaller frames shrink it, down to 0.75. */
function embedScale(width: number, height: number): number {
  return Math.min(1.3, Math.max(0.75, Math.min(width / 800, height / 450)))
}

function useWindowSize() {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }))
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight })
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return size
}

/** One chart filling the frame, without its toolbar: `?embed=<slug>`. In the charts chunk, beside Recharts. */
export function EmbedChart({ slug }: { slug: ChartSlug }) {
  const chart = CHARTS.find((c) => c.slug === slug)
  const { width, height } = useWindowSize()
  const scale = embedScale(width, height)
  const size = useMemo<ChartSize>(() => ({ mode: 'embed', height: '100%', subHeight: '100%', scale }), [scale])
  if (!chart) return null
  return (
    <ChartSizeContext.Provider value={size}>
      <chart.Component />
    </ChartSizeContext.Provider>
  )
}
