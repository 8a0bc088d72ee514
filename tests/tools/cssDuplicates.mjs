// Fails when one selector list is declared in two rule blocks within the same @media/@supports
// context anywhere in src/**/*.css (#8: CSS per component, no rule declared twice). Merge the blocks
// instead: the rules of a selector are then read in one place. Run by `npm run lint`.
// Usage: node tests/tools/cssDuplicates.mjs [dir-or-file ...]   (default: src)
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

function cssFiles(path) {
  if (statSync(path).isFile()) return path.endsWith('.css') ? [path] : []
  return readdirSync(path)
    .sort()
    .flatMap((name) => cssFiles(join(path, name)))
}

/** Splits at top-level commas (not inside parentheses or brackets). */
function splitList(text) {
  const parts = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '(' || ch === '[') depth++
    else if (ch === ')' || ch === ']') depth--
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean)
}

/** Every rule block of a stylesheet: { context, selector, line }. Keyframe steps are not selectors. */
export function ruleBlocks(css) {
  const blocks = []
  const stack = [] // prelude of each open block
  let prelude = ''
  let preludeLine = 1
  let line = 1
  for (let i = 0; i < css.length; i++) {
    const ch = css[i]
    if (ch === '\n') line++
    if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2)
      const stop = end < 0 ? css.length : end + 2
      line += (css.slice(i, stop).match(/\n/g) ?? []).length
      i = stop - 1
      continue
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1
      while (j < css.length && css[j] !== ch) j += css[j] === '\\' ? 2 : 1
      prelude += css.slice(i, j + 1)
      i = j
      continue
    }
    if (ch === '{') {
      const head = prelude.replace(/\s+/g, ' ').trim()
      const inKeyframes = stack.some((p) => /^@(-\w+-)?keyframes\b/.test(p))
      if (!head.startsWith('@') && !inKeyframes) {
        const context = stack.filter((p) => p.startsWith('@')).join(' ')
        blocks.push({ context, selector: splitList(head).sort().join(', '), line: preludeLine })
      }
      stack.push(head)
      prelude = ''
    } else if (ch === '}') {
      stack.pop()
      prelude = ''
    } else if (ch === ';' && stack.every((p) => p.startsWith('@'))) {
      prelude = '' // a statement at-rule (@import, @charset) or a stray declaration
    } else {
      if (!prelude.trim()) preludeLine = line
      prelude += ch
    }
  }
  return blocks
}

export function findDuplicates(files) {
  const seen = new Map()
  const duplicates = []
  for (const file of files) {
    for (const b of ruleBlocks(readFileSync(file, 'utf8'))) {
      const key = `${b.context} | ${b.selector}`
      const where = `${relative(process.cwd(), file)}:${b.line}`
      const first = seen.get(key)
      if (first) duplicates.push({ key, first, again: where })
      else seen.set(key, where)
    }
  }
  return duplicates
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const roots = process.argv.length > 2 ? process.argv.slice(2) : ['src']
  const files = roots.flatMap(cssFiles)
  const duplicates = findDuplicates(files)
  for (const d of duplicates) console.error(`${d.again}: "${d.key.replace(/^ \| /, '')}" is already declared at ${d.first}`)
  if (duplicates.length) {
    console.error(`${duplicates.length} selector(s) declared twice: merge each into one rule block.`)
    process.exit(1)
  }
  console.log(`cssDuplicates: ${files.length} CSS files, no selector declared twice.`)
}
