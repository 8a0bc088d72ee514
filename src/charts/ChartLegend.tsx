import { memo } from 'react'

export interface LegendItem {
  label: string
  color: string
  /** How the series is drawn, so the key matches the mark. */
  mark: 'line' | 'dashed' | 'box' | 'dot'
  /** SVG dash pattern of a 'dashed' mark, when the series uses its own (comparison lines). */
  dash?: string
  /** Edge of a 'box' mark, drawn as the series' own edge is (a dotted top line, say), so the key does not rely on fill colour alone. */
  outline?: { color: string; dash?: string }
}

/**
 * Our own legend, not Recharts': it is static for a given series list, so a slider step never
 * re-measures it (Recharts' legend forces a layout on every update), and the export can draw the
 * same items into a standalone SVG.
 */
export const ChartLegend = memo(function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="22" height="12" aria-hidden="true" focusable="false">
            {item.mark === 'box' ? (
              <rect
                x="4"
                y={item.outline ? 1 : 0}
                width="14"
                height={item.outline ? 10 : 12}
                rx="2"
                fill={item.color}
                stroke={item.outline?.color}
                strokeWidth={item.outline ? 2 : undefined}
                strokeDasharray={item.outline?.dash}
              />
            ) : item.mark === 'dot' ? (
              <circle cx="11" cy="6" r="5" fill={item.color} />
            ) : (
              <line
                x1="1"
                y1="6"
                x2="21"
                y2="6"
                stroke={item.color}
                strokeWidth="3"
                strokeDasharray={item.mark === 'dashed' ? (item.dash ?? '5 3') : undefined}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
})
