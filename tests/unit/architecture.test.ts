import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- plain .mjs tools without type declarations; their shapes are checked below
import { architectureTable } from '../tools/architectureTable.mjs'
// @ts-expect-error -- plain .mjs tools without type declarations; their shapes are checked below
import { folderCycles, folderGraph } from '../tools/folderGraph.mjs'

interface Row {
  name: string
  path: string
  folder: boolean
  mayImport: string[]
}
const table = architectureTable() as Row[]
const graph = folderGraph() as Map<string, Map<string, string>>

/** The owner of an import's source: a folder, or for files at the top of src/ the file (main). */
const TOP_LEVEL = new Map(table.filter((r) => !r.folder).map((r) => [r.path.slice('src/'.length), r.name]))

describe('ARCHITECTURE.md "Folders" table (issue 8)', () => {
  it('has a row for every folder under src/, and every row is a folder or file there', () => {
    const onDisk = readdirSync('src', { withFileTypes: true })
    const folders = onDisk.filter((e) => e.isDirectory()).map((e) => e.name)
    expect(
      table
        .filter((r) => r.folder)
        .map((r) => r.name)
        .sort(),
    ).toEqual(folders.sort())
    for (const file of onDisk.filter((e) => e.isFile() && /\.tsx?$/.test(e.name))) expect(TOP_LEVEL.has(file.name)).toBe(true)
  })

  it('allows every import between folders that the code makes (the same rule as ESLint boundaries, plus src/main.tsx)', () => {
    const allowed = new Map(table.map((r) => [r.name, new Set(r.mayImport)]))
    const breaches: string[] = []
    for (const [from, tos] of graph) {
      // Files at the top of src/ (main.tsx) are grouped under '' by the graph.
      const owner = from === '' ? 'main' : from
      for (const [to, example] of tos) if (!allowed.get(owner)?.has(to || 'main')) breaches.push(`${owner} -> ${to}: ${example}`)
    }
    expect(breaches).toEqual([])
  })

  it('finds a folder-level cycle when there is one, and there is none in src/', () => {
    const cyclic = new Map([
      ['a', new Map([['b', 'a/x -> b/y']])],
      ['b', new Map([['a', 'b/y -> a/x']])],
    ])
    expect(folderCycles(cyclic)).toEqual(['a -> b -> a'])
    expect(folderCycles(graph)).toEqual([])
  })
})
