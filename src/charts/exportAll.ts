import { chartFileName, scenarioCaption } from '../format/scenarioText'
import { CHART_META, type ExportSlug } from './chartMeta'
import { exportChartComponent } from './exportRegistry'
import { downloadBlob } from './download'
import { exportSettings } from './exportSettings'
import { DECK_STAGE, openStage, stageSpecFor, type Stage, type StageSpec } from './stageQueue'

export type BundleKind = 'zip' | 'pptx' | 'pptx-editable'

/**
 * The dashboard's charts in page order, then the comparison's charts when a comparison is open on
 * the page (issue 10): whatever the user sees is in the bundle.
 */
export function bundleSlugs(): ExportSlug[] {
  const compared = Array.from(
    document.querySelectorAll<HTMLElement>('figure[data-chart-slug^="comparison-"]'),
    (f) => f.dataset.chartSlug ?? '',
  ).filter(
    (slug): slug is `comparison-${string}` =>
      slug.startsWith('comparison-') && exportChartComponent(slug as `comparison-${string}`) !== undefined,
  )
  return [...CHART_META.map((m) => m.slug), ...new Set(compared)]
}

/** Draw every chart's stage at once (one render, one wait), then hand them out in page order. */
export async function withStages<T>(
  specFor: (slug: Stage['slug']) => StageSpec,
  each: (stage: Stage) => Promise<T>,
  slugs: readonly ExportSlug[] = bundleSlugs(),
): Promise<T[]> {
  const opened = await Promise.allSettled(slugs.map((slug) => openStage(slug, specFor(slug))))
  try {
    const failed = opened.find((o) => o.status === 'rejected')
    if (failed) throw failed.reason
    const results: T[] = []
    for (const o of opened) if (o.status === 'fulfilled') results.push(await each(o.value))
    return results
  } finally {
    for (const o of opened) if (o.status === 'fulfilled') o.value.release()
  }
}

/**
 * "Export all": every chart as PNG in one ZIP (at the size and resolution chosen under Image
 * options), or a 16:9 slide deck with one slide per chart. Returns the file name downloaded.
 */
export async function exportAll(kind: BundleKind): Promise<string> {
  const [image, bundle] = await Promise.all([import('../export/chartImage'), import('../export/bundle')])
  if (kind === 'zip') {
    const { size, scale } = exportSettings.getState()
    let scenario: Stage['scenario'] | undefined
    const files = await withStages(
      (slug) => stageSpecFor(slug, size),
      (stage) => {
        scenario = stage.scenario
        return image.chartImage(stage, 'png', scale)
      },
    )
    const fileName = chartFileName('all-charts', scenario!, 'zip')
    downloadBlob(fileName, await bundle.zipFiles(files))
    return fileName
  }
  // Native charts (#9): its code, like the rest of the export code, loads on first use.
  if (kind === 'pptx-editable') return (await import('./exportEditableDeck')).exportEditableDeck(withStages)
  let scenario: Stage['scenario'] | undefined
  const slides = await withStages(
    () => ({ kind: 'bare', ...DECK_STAGE }),
    async (stage) => {
      scenario = stage.scenario
      const png = await image.chartImage(stage, 'png', 2)
      return { ...image.stageTexts(stage), png: png.blob, width: png.width, height: png.height }
    },
  )
  const deck = await bundle.buildDeck(slides, `Honda–Nissan and US tariffs: ${scenarioCaption(scenario!)}`)
  const fileName = chartFileName('all-charts', scenario!, 'pptx')
  downloadBlob(fileName, deck)
  return fileName
}
