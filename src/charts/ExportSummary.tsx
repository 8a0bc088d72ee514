import { useScenarioSummary } from '../store/answers'

/**
 * The scenario in words, carried in the export stage but not drawn (hidden, so the SVG walk skips
 * it): the SVG's <desc> and the slide deck's speaker notes and alt text read it from here.
 */
export function ExportSummary() {
  return (
    <p hidden data-export-part="summary">
      {useScenarioSummary()}
    </p>
  )
}
