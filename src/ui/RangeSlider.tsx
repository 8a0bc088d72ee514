import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react'
import { useUiStore } from '../store/uiStore'
import { writeAttr } from '../store/liveText'

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
  /** The input, for an owner that writes a step's value itself (the tariff slider, #7). */
  inputRef?: RefObject<HTMLInputElement | null>
}

/** The input's value, as a string, set only when it differs (a drag has already moved it). */
function setValue(input: HTMLInputElement, value: number) {
  if (input.value !== String(value)) input.value = String(value)
}

/**
 * A step written into the input exactly as RangeSlider renders it (value, aria-valuenow,
 * aria-valuetext), for an owner that holds its render while a slider moves (#7).
 */
export function writeSliderStep(input: HTMLInputElement, step: { value: number; valueText: string }) {
  setValue(input, step.value)
  writeAttr(input, 'aria-valuenow', step.value)
  writeAttr(input, 'aria-valuetext', step.valueText)
}

/**
 * A native range input (role slider, keyboard for free) that tells the charts when it is moving,
 * so they stop animating, and carries aria-valuenow as an attribute for tools that read it.
 *
 * Its value is not a controlled React prop: React sets a controlled input back to the value it
 * last rendered after every input event, so an owner could never let a step through without a
 * render. The input starts at `value` and is set to each new `value` React renders (a layout
 * effect, before paint); while a slider moves, an owner that holds its render (the tariff slider,
 * a live part: store/liveText) writes the value and its aria attributes itself. The filled part
 * of the track is the browser's own (`accent-color`).
 */
export function RangeSlider(props: RangeSliderProps) {
  const startAdjusting = useUiStore((s) => s.startAdjusting)
  const stopAdjusting = useUiStore((s) => s.stopAdjusting)
  const ownRef = useRef<HTMLInputElement>(null)
  const ref = props.inputRef ?? ownRef
  useLayoutEffect(() => {
    if (ref.current) setValue(ref.current, props.value)
  }, [ref, props.value, props.min, props.max, props.step])
  return (
    <input
      ref={ref}
      id={props.id}
      type="range"
      className={props.className ? `slider ${props.className}` : 'slider'}
      min={props.min}
      max={props.max}
      step={props.step}
      defaultValue={props.value}
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
    />
  )
}
