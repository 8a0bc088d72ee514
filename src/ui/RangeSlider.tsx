import type { CSSProperties, KeyboardEvent } from 'react'
import { useUiStore } from '../store/uiStore'

export interface RangeSliderProps {
  id: string
  min: number
  max: number
  step: number
  value: number
  /** What a screen reader says: "15%", "¥151.57/$". */
  valueText: string
  describedBy?: string
  className?: string
  onValue: (value: number) => void
  /** Keys the caller handles itself (the tariff slider's Page Up/Down steps); default: the browser's. */
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void
}

/**
 * A native range input (role slider, keyboard for free) that tells the charts when it is moving,
 * so they stop animating, and carries aria-valuenow as an attribute for tools that read it.
 */
export function RangeSlider(props: RangeSliderProps) {
  const startAdjusting = useUiStore((s) => s.startAdjusting)
  const stopAdjusting = useUiStore((s) => s.stopAdjusting)
  const fill = ((props.value - props.min) / (props.max - props.min)) * 100
  return (
    <input
      id={props.id}
      type="range"
      className={props.className ? `slider ${props.className}` : 'slider'}
      min={props.min}
      max={props.max}
      step={props.step}
      value={props.value}
      aria-valuenow={props.value}
      aria-valuemin={props.min}
      aria-valuemax={props.max}
      aria-valuetext={props.valueText}
      aria-describedby={props.describedBy}
      onChange={(e) => props.onValue(Number(e.currentTarget.value))}
      onKeyDown={(e) => {
        startAdjusting()
        props.onKeyDown?.(e)
      }}
      onKeyUp={stopAdjusting}
      onPointerDown={startAdjusting}
      onPointerUp={stopAdjusting}
      onBlur={stopAdjusting}
      style={{ '--fill': `${fill}%` } as CSSProperties}
    />
  )
}
