import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Every text from a link, a file or storage is rendered as text (issue 10): no API that parses a
 * string as markup or code may appear in src/, so a later change cannot slip one in unnoticed.
 */
const FORBIDDEN: readonly [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : []
  })
}

describe('no markup or code from strings', () => {
  const files = sourceFiles('src')

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  for (const [name, pattern] of FORBIDDEN) {
    it(`src/ uses no ${name}`, () => {
      const hits = files.filter((f) => pattern.test(readFileSync(f, 'utf8')))
      expect(hits).toEqual([])
    })
  }
})
