// Reads ARCHITECTURE.md's "Folders" table (issue 8): the one source of the import-boundaries rule
// (eslint.config.js) and of the folder-graph check (tests/unit/architecture.test.ts).
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The table's rows under src/, in order: { name, path, folder, mayImport }. `name` is the folder
 * (`model`) or, for a file, its base name (`main`). "may import" is a comma list of those names;
 * text in parentheses is a note (which files), so the rule is folder-level; "everything above"
 * means every folder row before this one; "nothing of ours" or "—" means none.
 */
export function architectureTable(markdown = readFileSync(resolve(root, 'ARCHITECTURE.md'), 'utf8')) {
  const section = markdown.split(/^## Folders\s*$/m)[1]?.split(/^## /m)[0]
  if (!section) throw new Error('ARCHITECTURE.md has no "## Folders" section')
  const rows = []
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    const path = /^`(src\/[^`]+)`$/.exec(cells[1] ?? '')?.[1]
    if (!path) continue
    const name = path.slice('src/'.length).replace(/\.[a-z]+$/, '')
    const cell = (cells[3] ?? '').replace(/\([^)]*\)/g, '')
    let mayImport
    if (/everything above/.test(cell)) mayImport = rows.filter((r) => r.folder).map((r) => r.name)
    else if (/nothing of ours|^—?$/.test(cell.trim())) mayImport = []
    else
      mayImport = cell
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    rows.push({ name, path, folder: !/\.[a-z]+$/.test(path), mayImport })
  }
  const names = new Set(rows.map((r) => r.name))
  for (const r of rows) {
    const unknown = r.mayImport.filter((n) => !names.has(n))
    if (unknown.length) throw new Error(`ARCHITECTURE.md: ${r.path} may import unknown ${unknown.join(', ')}`)
  }
  return rows
}
