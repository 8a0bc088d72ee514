import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error -- a plain .mjs tool without type declarations; its shapes are checked below
import { findDuplicates, ruleBlocks } from '../tools/cssDuplicates.mjs'

interface Block {
  context: string
  selector: string
  line: number
}

const write = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'css-dup-'))
  return Object.entries(files).map(([name, css]) => {
    const path = join(dir, name)
    writeFileSync(path, css)
    return path
  })
}

describe('the CSS duplicate check (#8)', () => {
  it('reads each rule block with its at-rule context, skipping comments, strings and keyframe steps', () => {
    const css = `/* .a { } */\n.a, .b { content: '{'; }\n@media print {\n  .a { color: red }\n}\n@keyframes k { from { opacity: 0 } to { opacity: 1 } }\n`
    expect(ruleBlocks(css) as Block[]).toEqual([
      { context: '', selector: '.a, .b', line: 2 },
      { context: '@media print', selector: '.a', line: 4 },
    ])
  })

  it('finds a selector declared twice in one context, across files, whatever the order of a list', () => {
    const files = write({ 'one.css': '.a { color: red }\n.b, .c { margin: 0 }\n', 'two.css': '.c,\n.b { padding: 0 }\n' })
    const found = findDuplicates(files) as { key: string }[]
    expect(found.map((d) => d.key)).toEqual([' | .b, .c'])
  })

  it('allows the same selector in another @media context, and in a group beside its own block', () => {
    const files = write({ 'one.css': '.a { color: red }\n@media print { .a { color: black } }\n.a, .b { margin: 0 }\n' })
    expect(findDuplicates(files)).toEqual([])
  })
})
