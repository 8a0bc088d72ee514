import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { toCsv } from '../../src/charts/csv'

/** Split one CSV line into raw cells (quoted cells keep their quotes), as a spreadsheet reads them. */
function rawCells(line: string): string[] {
  const cells: string[] = []
  let i = 0
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1
      for (;;) {
        if (line[j] === '"' && line[j + 1] === '"') j += 2
        else if (line[j] === '"') break
        else j++
      }
      cells.push(line.slice(i, j + 1))
      i = j + 2
    } else {
      const end = line.indexOf(',', i)
      cells.push(line.slice(i, end === -1 ? line.length : end))
      i = end === -1 ? line.length + 1 : end + 1
    }
  }
  return cells
}

/** A cell's text as the spreadsheet gets it: quotes removed, doubled quotes undone. */
const unquote = (raw: string) => (raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw)

const FORMULA_START = /^[=+\-@\t\r]/

describe('CSV', () => {
  it('prefixes text that a spreadsheet would evaluate with an apostrophe, and quotes it where needed', () => {
    const csv = toCsv({
      columns: ['name', 'value'],
      rows: [
        ['=HYPERLINK("http://x","y")', 1],
        ['+1', -2.5],
        ['-cmd', 0],
        ['@SUM(A1)', 3],
        ['\tx', 4],
        ['\rx', 5],
      ],
    })
    expect(csv.split('\r\n')).toEqual([
      'name,value',
      `"'=HYPERLINK(""http://x"",""y"")",1`,
      "'+1,-2.5",
      "'-cmd,0",
      "'@SUM(A1),3",
      "'\tx,4",
      `"'\rx",5`,
      '',
    ])
  })

  it('keeps numbers plain, negative ones too', () => {
    expect(toCsv({ columns: ['a', 'b'], rows: [[-1.23456789, null]] })).toBe('a,b\r\n-1.2346,\r\n')
  })

  it('never lets a text cell start with = + - @ tab or CR, and keeps its text after the apostrophe', () => {
    const text = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', '1', ' ', 'é') })
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
        const csv = toCsv({ columns: ['x'], rows: [cells] })
        // Rows may hold quoted line breaks: read the row with the quoted-cell reader over the whole body.
        const body = csv.slice('x\r\n'.length, -2)
        const raw = rawCells(body)
        expect(raw).toHaveLength(cells.length)
        raw.forEach((r, i) => {
          const value = unquote(r)
          expect(value).not.toMatch(FORMULA_START)
          const cell = cells[i]!
          expect(value).toBe(FORMULA_START.test(cell) ? `'${cell}` : cell)
        })
      }),
    )
  })
})
