import { chartFileName, scenarioCaption } from '../format/scenarioText'
import { CHART_META, type ChartSlug } from './chartMeta'
import { downloadBlob } from './download'
import { editableChart } from './editableCharts'
import type { withStages as WithStages } from './exportAll'
import { DECK_STAGE, type Stage } from './stageQueue'
import { tornadoYear } from './tornadoYear'

/**
 * "PPTX (editable charts)": the picture deck's slides with native PowerPoint charts. The texts are
 * the picture deck's (read from the same stages); the charts' data comes from the model, with the
 * scenario and baseline the stage drew. Returns the file name downloaded.
 */
export async function exportEditableDeck(withStages: typeof WithStages): Promise<string> {
  const [{ stageTexts }, { buildEditableDeck }] = await Promise.all([import('../export/chartImage'), import('../export/editableDeck')])
  let scenario: Stage['scenario'] | undefined
  const slides = await withStages(
    () => ({ kind: 'bare', ...DECK_STAGE }),
    async (stage) => {
      scenario = stage.scenario
      const chart = editableChart(stage.slug as ChartSlug, {
        scenario: stage.scenario,
        baseline: stage.baseline,
        tornadoYear: tornadoYear.getState().year,
      })
      return { ...stageTexts(stage), chart }
    },
    // The dashboard's charts only: native charts are built from the model per chart, and the
    // comparison's overlays have no native form yet (they are in the ZIP and the picture deck).
    CHART_META.map((m) => m.slug),
  )
  const deck = await buildEditableDeck(slides, `Honda–Nissan and US tariffs: ${scenarioCaption(scenario!)}`)
  const fileName = chartFileName('all-charts_editable', scenario!, 'pptx')
  downloadBlob(fileName, deck)
  return fileName
}
