/**
 * The committed font subset (src/report/fonts, made by scripts/subset-font.ts) holds every character
 * the report can print from the app: every French and English message, catalogues v1 and v2, the
 * routes, and the signs of French typography. Read from the fonts' own character maps (cmap).
 */
import { describe, expect, it } from 'vitest'
import { reportCorpus } from '@/report/fonts/characters'
import regular from '@/report/fonts/dejavu-sans-regular'
import bold from '@/report/fonts/dejavu-sans-bold'

/** The code points a TrueType font maps, from its cmap table (formats 4 and 12). */
function codePoints(base64: string): Set<number> {
  const data = Buffer.from(base64, 'base64')
  const tables = data.readUInt16BE(4)
  let cmap = -1
  for (let i = 0; i < tables; i++) {
    const entry = 12 + i * 16
    if (data.toString('latin1', entry, entry + 4) === 'cmap') cmap = data.readUInt32BE(entry + 8)
  }
  if (cmap < 0) throw new Error('no cmap table')
  const points = new Set<number>()
  const subtables = data.readUInt16BE(cmap + 2)
  for (let i = 0; i < subtables; i++) {
    const at = cmap + data.readUInt32BE(cmap + 4 + i * 8 + 4)
    const format = data.readUInt16BE(at)
    if (format === 4) {
      const segments = data.readUInt16BE(at + 6) / 2
      const ends = at + 14
      const starts = ends + segments * 2 + 2
      for (let s = 0; s < segments; s++) {
        const end = data.readUInt16BE(ends + s * 2)
        for (let c = data.readUInt16BE(starts + s * 2); c <= end && c !== 0xffff; c++) points.add(c)
      }
    } else if (format === 12) {
      const groups = data.readUInt32BE(at + 12)
      for (let g = 0; g < groups; g++) {
        const start = data.readUInt32BE(at + 16 + g * 12)
        const end = data.readUInt32BE(at + 20 + g * 12)
        for (let c = start; c <= end; c++) points.add(c)
      }
    }
  }
  return points
}

const corpus = reportCorpus()
const needed = [...new Set([...corpus, ...'œŒ’«»€⋅\u00a0\u202f'])].filter((c) => c >= ' ')

describe.each([
  ['regular', regular],
  ['bold', bold],
])('the %s font subset', (_, font) => {
  const points = codePoints(font)

  it('holds every character of the messages, catalogues and routes', () => {
    expect(needed.length).toBeGreaterThan(100)
    expect(needed.filter((c) => !points.has(c.codePointAt(0)!))).toEqual([])
  })

  it('is a subset, not the whole font', () => {
    expect(points.size).toBeLessThan(600)
    expect(Buffer.from(font, 'base64').length).toBeLessThan(80_000)
  })
})
