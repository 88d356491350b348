/** The score command's own globbing and directory walk (node:fs `glob` needs Node 22). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expandTarget, isPattern, segmentPattern } from '../../src/cli/files'

describe('segmentPattern', () => {
  it.each([
    ['*.json', 'a.json', true],
    ['*.json', 'a.json.bak', false],
    ['m?.json', 'm1.json', true],
    ['m?.json', 'm10.json', false],
    ['m[0-4].json', 'm3.json', true],
    ['m[!0-4].json', 'm3.json', false],
    ['a+b(1).json', 'a+b(1).json', true],
    ['a.json', 'aXjson', false],
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(segmentPattern(pattern).test(name)).toBe(expected)
  })

  it('tells patterns from paths', () => {
    expect(isPattern('exports/*.json')).toBe(true)
    expect(isPattern('exports/a.json')).toBe(false)
  })
})

describe('expandTarget', () => {
  const root = mkdtempSync(join(tmpdir(), 'score-files-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  for (const file of ['a.json', 'b.txt', 'sub/c.json', 'sub/deep/d.json', '.hidden/e.json', 'sub/.f.json']) {
    mkdirSync(join(root, file, '..'), { recursive: true })
    writeFileSync(join(root, file), '{}')
  }
  const rel = (files: string[]) => files.map((f) => f.slice(root.length + 1))

  it('gives every .json file below a directory, sorted, hidden ones left out', () => {
    expect(rel(expandTarget(root))).toEqual(['a.json', 'sub/c.json', 'sub/deep/d.json'])
  })

  it('gives the files a pattern matches: * within a folder, ** at any depth', () => {
    expect(rel(expandTarget(`${root}/*.json`))).toEqual(['a.json'])
    expect(rel(expandTarget(`${root}/*/*.json`))).toEqual(['sub/c.json'])
    expect(rel(expandTarget(`${root}/**/*.json`))).toEqual(['a.json', 'sub/c.json', 'sub/deep/d.json'])
    expect(rel(expandTarget(`${root}/sub/**/?.json`))).toEqual(['sub/c.json', 'sub/deep/d.json'])
    expect(expandTarget(`${root}/*.csv`)).toEqual([])
  })

  it('gives a file, or a path that does not exist, as it is (reading it says why)', () => {
    expect(expandTarget(join(root, 'b.txt'))).toEqual([join(root, 'b.txt')])
    expect(expandTarget(join(root, 'missing.json'))).toEqual([join(root, 'missing.json')])
  })
})
