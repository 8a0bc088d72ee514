// Folder-level import graph of src/ (issue 8): which folder imports which, and any cycle.
// `node tests/tools/folderGraph.mjs` prints the map and exits 1 on a cycle; `npm run lint` runs it.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const src = join(root, 'src')

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path
  }
}

/** The folder under src/ a file belongs to ('' for src/main.tsx and other top-level files). */
const folderOf = (file) => relative(src, file).split(sep).slice(0, -1)[0] ?? ''

// Static imports, re-exports and import() with a literal path; `import type` counts too (a type is
// a dependency of the folder's design even if erased).
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g

/** Map folder -> Map(imported folder -> example "file -> file"). */
export function folderGraph() {
  const graph = new Map()
  for (const file of files(src)) {
    const from = folderOf(file)
    if (!graph.has(from)) graph.set(from, new Map())
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1] ?? m[2])
      if (!target.startsWith(src + sep)) continue
      const to = folderOf(target + '.ts')
      if (to !== from && !graph.get(from).has(to)) graph.get(from).set(to, `${relative(src, file)} -> ${relative(src, target)}`)
    }
  }
  return graph
}

/** Every elementary cycle found by DFS from each folder (small graph), as folder lists. */
export function folderCycles(graph = folderGraph()) {
  const cycles = new Set()
  const walk = (start, node, path) => {
    for (const next of graph.get(node)?.keys() ?? []) {
      if (next === start) cycles.add(canonical([...path]))
      else if (!path.includes(next) && next > start) walk(start, next, [...path, next])
    }
  }
  const canonical = (cycle) => cycle.join(' -> ') + ' -> ' + cycle[0]
  for (const start of graph.keys()) walk(start, start, [start])
  return [...cycles]
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = folderGraph()
  for (const [from, tos] of [...graph].sort()) console.log(`${from || '(src)'}: ${[...tos.keys()].sort().join(', ') || '-'}`)
  const cycles = folderCycles(graph)
  if (cycles.length) {
    console.error(`\n${cycles.length} folder-level import cycle(s):`)
    for (const c of cycles) {
      console.error(`  ${c}`)
      const names = c.split(' -> ')
      for (let i = 0; i < names.length - 1; i++) console.error(`    ${graph.get(names[i]).get(names[i + 1])}`)
    }
    process.exit(1)
  }
  console.log('\nNo folder-level import cycle.')
}
