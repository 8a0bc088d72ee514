import type { SavedScenariosState } from './savedScenariosStore'
import { MAX_SAVED } from './savedData'
import { IMPORT_MAX_BYTES, parseScenarioFile } from './scenarioFile'
import { fitScenario } from '../share/scenarioAdjustments'
import { formatCount } from '../format/format'
import { failureText, nameList, plural, quote, showPanelNotice } from './savedMessages'
import type { ScenarioRules } from './useScenarioRules'

export const IMPORT_NOTICE_ID = 'import'

function formatBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.ceil(n / 1e3)} KB`
}

/**
 * Read a chosen file, import what is valid, and say exactly what happened: one short line per
 * thing adjusted, renamed or skipped (the message layer shortens a long list).
 */
export async function importFile(file: File, saved: () => SavedScenariosState, rules: ScenarioRules) {
  const what = quote(file.name)
  const refuse = (why: string, items: readonly string[] = []) =>
    showPanelNotice({
      id: IMPORT_NOTICE_ID,
      tone: 'problem',
      title: `${what} was not imported: ${why}.`,
      items: ['Your saved scenarios are unchanged.', ...items],
    })
  if (file.size > IMPORT_MAX_BYTES)
    return refuse(`it is too large (${formatBytes(file.size)}; the limit is ${formatBytes(IMPORT_MAX_BYTES)})`)
  let text: string
  try {
    text = await file.text()
  } catch {
    return refuse('the browser could not read it')
  }
  const read = parseScenarioFile(text)
  if (!read.ok)
    return refuse(
      read.error.why,
      read.error.skipped.map((s) => `Not usable: ${s}.`),
    )
  const adjusted: string[] = []
  const entries = read.value.entries.map((e) => {
    const fitted = fitScenario(e.scenario, rules.limits, rules.published)
    for (const a of fitted.adjusted) adjusted.push(`${quote(e.name)}: ${a}.`)
    return { name: e.name, scenario: fitted.scenario }
  })
  const r = saved().addMany(entries)
  if (!r.ok) return refuse(`it could not be saved: ${failureText(r.error)}`)
  const { added, renamed, overLimit } = r.value
  const { skipped, notes } = read.value
  const n = added.length
  const left = skipped.length + overLimit
  const items = [
    `Imported: ${nameList(added.map((e) => e.name))}.`,
    ...(overLimit ? [`${plural(overLimit, 'scenario')} not imported: the list keeps at most ${formatCount(MAX_SAVED)}.`] : []),
    ...adjusted.map((a) => `Adjusted into range: ${a}`),
    ...renamed.map(([asked, as]) => `${quote(asked)} was taken, so it was saved as ${quote(as)}.`),
    ...skipped.map((s) => `Not imported: ${s}.`),
    ...notes.map((s) => `Note: ${s}.`),
  ]
  showPanelNotice({
    id: IMPORT_NOTICE_ID,
    tone: left || adjusted.length || notes.length ? 'problem' : 'info',
    title: left
      ? `${what} was only partly imported: ${plural(n, 'scenario')} added, ${formatCount(left)} skipped. Existing scenarios are unchanged.`
      : `Imported ${plural(n, 'scenario')} from ${what}.${adjusted.length ? ` ${plural(adjusted.length, 'value')} brought into range.` : ''}`,
    items,
  })
}
