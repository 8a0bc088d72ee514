import { noteAnchorText } from './noteAnchors'
import type { Baseline } from '../data/baselineSchema'
import { exposedImports } from '../data/publishedScenario'
import { formatAboutCount, formatMoney, formatPct, toCurrency, trimNumber } from '../format/format'
import { niceCountTicks, niceMoneyTicks } from '../format/niceTicks'
import { FULL_RAMP } from '../model/partnership'
import { movedVehiclesPerYear, nissanPlantPath } from '../model/plants'
import { costPath, PATH_YEARS, scenarioCost, sensitivityCurve } from '../model/projection'
import type { Currency, Scenario } from '../model/scenario'
import { tornado } from '../model/tornado'
import type { NativeChart } from '../export/nativeChart'
import type { ChartSlug } from './chartMeta'
import { COLORS } from './palette'
import { barLabel, TONES } from './WhatMattersMostChart'

/**
 * The five charts as native PowerPoint charts (export/editableDeck), built from the same model
 * calls as the charts on the page and their CSVs: the figures in a slide's data sheet are the
 * figures in the chart's CSV, in billions of the chosen currency.
 */
export interface EditableChartInputs {
  scenario: Scenario
  baseline: Baseline
  /** The year "What matters most" explains (FULL_RAMP or a calendar year). */
  tornadoYear: number
}

const hex = (color: string) => color.replace('#', '')

/** "$#,##0.00"B"" or ""¥"#,##0"B"": the page's money format as an Excel number format. */
export function moneyFormat(currency: Currency, decimals: number): string {
  const symbol = currency === 'JPY' ? '"¥"' : '$'
  return `${symbol}#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}"B"`
}

/** Decimals of a data label: USD two ($1.80B), yen three significant figures as formatMoney prints them. */
function labelDecimals(currency: Currency, maxAbsBillions: number): number {
  if (currency === 'USD') return 2
  return maxAbsBillions >= 99.95 ? 0 : maxAbsBillions >= 9.995 ? 1 : 2
}

/** Axis decimals: as many as the tick step has ($2.5B steps: one). */
function stepDecimals(step: number): number {
  return (trimNumber(step).split('.')[1] ?? '').length
}

/** The page's money axis (niceMoneyTicks) in billions of the currency. */
function moneyAxis(maxUsd: number, currency: Currency, fx: number, title?: string): NativeChart['valAxis'] {
  const ticks = niceMoneyTicks(maxUsd, currency, fx)
  const b = (usd: number) => Number((toCurrency(usd, currency, fx) / 1e9).toPrecision(12))
  const step = ticks.length > 1 ? b(ticks[1]! - ticks[0]!) : 1
  return { title, format: moneyFormat(currency, stepDecimals(step)), min: 0, max: b(ticks[ticks.length - 1] ?? 1e9), step }
}

/**
 * The chart with the scenario's notes on it (#9) listed beside it: a native PowerPoint chart has no
 * place for a leader line, so the editable deck states each note as text ("2028: Plant opens").
 */
export function editableChart(slug: ChartSlug, inputs: EditableChartInputs): NativeChart {
  const chart = nativeChartFor(slug, inputs)
  const notes = inputs.scenario.notes.filter((n) => n.chart === slug)
  if (notes.length === 0) return chart
  const list = `Notes:\n${notes.map((n) => `${noteAnchorText(n.chart, n.anchor)}: ${n.text}`).join('\n')}`
  return { ...chart, aside: chart.aside ? `${chart.aside}\n\n${list}` : list }
}

function nativeChartFor(slug: ChartSlug, inputs: EditableChartInputs): NativeChart {
  const { scenario: s, baseline } = inputs
  const exposed = exposedImports(baseline)
  const fx = s.assumptions.fxJpyPerUsd
  const currency = s.currency
  const bn = (usd: number) => Number((toCurrency(usd, currency, fx) / 1e9).toPrecision(12))
  const money = (usd: number) => formatMoney(usd, currency, fx)
  const unit = currency === 'JPY' ? '¥ B a year' : '$ B a year'

  switch (slug) {
    case 'tariff-cost-by-company': {
      const cost = scenarioCost(exposed, s)
      const rows = [
        { company: 'Nissan', without: cost.nissan.withoutUsd, with: cost.nissan.withUsd },
        { company: 'Honda', without: cost.honda.withoutUsd, with: cost.honda.withUsd },
        { company: 'Combined', without: cost.combined.withoutUsd, with: cost.combined.withUsd },
      ]
      return {
        title: `Annual tariff cost over the 2.5% pre-trade-war rate, at a ${formatPct(s.tariffPct)} tariff`,
        categories: rows.map((r) => r.company),
        groups: [
          {
            type: 'bar',
            barDir: 'col',
            grouping: 'clustered',
            gapWidthPct: 60,
            labelFormat: moneyFormat(currency, labelDecimals(currency, bn(cost.combined.withoutUsd))),
            series: [
              { name: 'Without partnership', values: rows.map((r) => bn(r.without)), color: hex(COLORS.combined) },
              { name: 'With partnership (full ramp)', values: rows.map((r) => bn(r.with)), color: hex(COLORS.partnership) },
            ],
          },
        ],
        catAxis: {},
        valAxis: moneyAxis(1.12 * cost.combined.withoutUsd, currency, fx, unit),
      }
    }
    case 'tariff-sensitivity': {
      const rows = sensitivityCurve(exposed, s)
      const hasTariffOption = s.partnership.drivetrains || s.partnership.platforms
      const atNow = scenarioCost(exposed, s).combined.withoutUsd
      const now = (v: number) => rows.map((r) => (r.tariffPct === s.tariffPct ? v : null))
      const series = [
        { name: 'Nissan', values: rows.map((r) => bn(r.nissanUsd)), color: hex(COLORS.nissan) },
        { name: 'Honda', values: rows.map((r) => bn(r.hondaUsd)), color: hex(COLORS.honda) },
        { name: 'Combined', values: rows.map((r) => bn(r.combinedUsd)), color: hex(COLORS.combined) },
        ...(hasTariffOption
          ? [{ name: 'Combined, with partnership', values: rows.map((r) => bn(r.combinedWithUsd)), color: hex(COLORS.partnership) }]
          : []),
      ]
      return {
        title: `Annual tariff cost at each tariff rate; current setting ${formatPct(s.tariffPct)}: combined ${money(atNow)}`,
        categories: rows.map((r) => formatPct(r.tariffPct)),
        // The lines first: pptxgenjs colours line markers by the series' index in the whole chart.
        groups: [
          { type: 'line', lineSizePt: 2.25, marker: 'none', series },
          // The current setting as a thin red bar up to the combined cost, with its value.
          {
            type: 'bar',
            barDir: 'col',
            gapWidthPct: 150,
            labelFormat: moneyFormat(currency, labelDecimals(currency, bn(atNow))),
            series: [{ name: `Current setting (${formatPct(s.tariffPct)})`, values: now(bn(atNow)), color: hex(COLORS.marker) }],
          },
        ],
        catAxis: { title: 'US tariff on Japanese imports', labelEvery: 10 },
        valAxis: moneyAxis(Math.max(...rows.map((r) => r.combinedUsd)), currency, fx, unit),
      }
    }
    case 'cost-over-time': {
      const rows = costPath(exposed, s)
      const anyTariffOption = s.partnership.drivetrains || s.partnership.platforms
      return {
        title: `Yearly tariff cost at a ${formatPct(s.tariffPct)} tariff${anyTariffOption ? `; partnership starts ${s.startYear}` : ''}`,
        categories: PATH_YEARS.map(String),
        groups: [
          {
            type: 'area',
            grouping: 'stacked',
            series: [
              { name: 'Nissan, with partnership', values: rows.map((r) => bn(r.nissanWithUsd)), color: hex(COLORS.nissanLight) },
              { name: 'Honda, with partnership', values: rows.map((r) => bn(r.hondaWithUsd)), color: hex(COLORS.hondaLight) },
            ],
          },
          {
            type: 'line',
            lineSizePt: 2.5,
            lineDash: 'dash',
            marker: 'circle',
            series: [
              { name: 'Combined, without partnership', values: rows.map((r) => bn(r.combinedWithoutUsd)), color: hex(COLORS.combined) },
            ],
          },
        ],
        catAxis: {},
        valAxis: moneyAxis(1.12 * Math.max(...rows.map((r) => r.combinedWithoutUsd)), currency, fx, unit),
      }
    }
    case 'plant-footprint': {
      const now = baseline.published.nissanGlobalPlantsNow
      const target = baseline.published.nissanGlobalPlantsTarget
      const rows = nissanPlantPath({ year: now.year, plants: now.value }, { year: target.year, plants: target.value }, PATH_YEARS)
      const moved = (['nissan', 'honda'] as const).map((c) => movedVehiclesPerYear(exposed[c], s.partnership, s.assumptions, s.startYear))
      const ticks = niceCountTicks(Math.max(...rows.map((r) => r.assumedPlants)))
      const anyMoved = moved.some((v) => v > 0)
      return {
        title: `Nissan global plants: published ${now.value} in ${now.year} and ${target.value} by ${target.year}; the years between assumed`,
        categories: rows.map((r) => String(r.year)),
        groups: [
          {
            type: 'bar',
            barDir: 'col',
            // One bar a year: the published count where there is one, else the assumed path
            // (the two series on top of each other; each year has a value in one of them).
            grouping: 'clustered',
            overlapPct: 100,
            gapWidthPct: 60,
            labelFormat: '0',
            series: [
              { name: 'Published', values: rows.map((r) => r.publishedPlants), color: hex(COLORS.nissan) },
              {
                name: 'Assumed path',
                values: rows.map((r) => (r.publishedPlants === null ? r.assumedPlants : null)),
                color: hex(COLORS.nissanLight),
              },
            ],
          },
        ],
        catAxis: {},
        valAxis: {
          title: 'plants',
          format: '0',
          min: 0,
          max: ticks[ticks.length - 1] ?? 20,
          step: ticks.length > 1 ? ticks[1]! - ticks[0]! : 5,
        },
        aside: anyMoved
          ? `Vehicles a year moved into North America (vehicle-equivalents of import value, at full ramp):\nNissan: ${formatAboutCount(moved[0]!)}\nHonda: ${formatAboutCount(moved[1]!)}`
          : 'Vehicles a year moved into North America: none. Switch on shared drivetrains or co-developed platforms to see the volume moved.',
      }
    }
    case 'what-matters-most': {
      const year = inputs.tornadoYear
      const t = tornado(exposed, s, baseline.assumptions, { currency, year })
      const bars = [t.tariff, ...t.bars]
      const change = (v: number) => bn(v - t.central)
      const isTariff = (i: number) => i === 0
      const maxAbsUsd = Math.max(...bars.flatMap((b) => [Math.abs(b.atMin - t.central), Math.abs(b.atMax - t.central)]))
      const plain = moneyFormat(currency, labelDecimals(currency, bn(maxAbsUsd)))
      // "+$1.20B" and "−$0.80B": the change from now, signed.
      const signed = `"+"${plain};"−"${plain};${plain}`
      // Room beyond the longest bar for its label ("−$4.34B").
      const axis = moneyAxis(1.35 * maxAbsUsd, currency, fx)
      return {
        title: `Change in combined annual tariff cost with the partnership ${year === FULL_RAMP ? 'at full ramp' : `in ${year}`} from now (${money(t.central)}), each input at the low or high end of its range`,
        categories: bars.map((b) => barLabel(b, currency, fx)),
        groups: [
          {
            type: 'bar',
            barDir: 'bar',
            grouping: 'clustered',
            // The ends of one input on one bar line, as a tornado draws them.
            overlapPct: 100,
            gapWidthPct: 40,
            labelFormat: signed,
            series: [
              { name: 'Low end of range', values: bars.map((b, i) => (isTariff(i) ? null : change(b.atMin))), color: hex(TONES.low) },
              { name: 'High end of range', values: bars.map((b, i) => (isTariff(i) ? null : change(b.atMax))), color: hex(TONES.high) },
              { name: 'Tariff 2.5%', values: bars.map((b, i) => (isTariff(i) ? change(b.atMin) : null)), color: hex(TONES.tariffLow) },
              { name: 'Tariff 27.5%', values: bars.map((b, i) => (isTariff(i) ? change(b.atMax) : null)), color: hex(TONES.tariffHigh) },
            ],
          },
        ],
        catAxis: { reverse: true },
        valAxis: {
          title: `change from now (${unit})`,
          format: `"+"${axis.format};"−"${axis.format};${axis.format}`,
          min: -axis.max,
          max: axis.max,
          step: axis.step,
        },
      }
    }
  }
}
