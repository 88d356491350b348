/**
 * Turns the command's arguments into files: a file stays itself, a directory gives every .json
 * file below it, a pattern with *, ? or [ ] (and ** for any depth of folders) gives the files that
 * match. Patterns are expanded here rather than by the shell: ten thousand paths on a command line
 * pass the system's limit. (node:fs `glob` exists only from Node 22; this app supports Node 20.)
 */
import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs'
import { join } from 'node:path'
import type { ReadOutcome } from './score-file'

const GLOB_CHARS = /[*?[]/

/** Whether an argument is a pattern rather than a path. */
export function isPattern(target: string): boolean {
  return GLOB_CHARS.test(target)
}

/** One path segment's pattern as a regular expression: * any characters, ? one, [abc] one of them. */
export function segmentPattern(segment: string): RegExp {
  let source = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? ''
    if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2)
      if (end < 0) source += '\\['
      else {
        const inside = segment.slice(i + 1, end)
        const negated = inside.startsWith('!') || inside.startsWith('^')
        source += `[${negated ? '^' : ''}${(negated ? inside.slice(1) : inside).replace(/[\\\]]/g, '\\$&')}]`
        i = end
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    )
  } catch {
    return []
  }
}

function isDirectory(path: string, entry?: Dirent): boolean {
  if (entry && !entry.isSymbolicLink()) return entry.isDirectory()
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Every .json file below a directory, sorted by path; hidden files and folders are skipped. */
export function jsonFilesIn(dir: string, into: string[] = []): string[] {
  for (const entry of entries(dir)) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (isDirectory(path, entry)) jsonFilesIn(path, into)
    else if (entry.name.endsWith('.json')) into.push(path)
  }
  return into
}

/** The files (not folders) matching a pattern, sorted; a name starting with a dot matches only a pattern that does. */
export function matchPattern(pattern: string): string[] {
  const absolute = pattern.startsWith('/')
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.')
  const found: string[] = []
  const walk = (dir: string, rest: readonly string[]) => {
    const [segment, ...after] = rest
    if (segment === undefined) return
    const here = (name: string) => (dir === '' ? name : dir === '/' ? `/${name}` : join(dir, name))
    if (segment === '**') {
      walk(dir, after) // zero folders
      for (const entry of entries(dir === '' ? '.' : dir)) {
        if (!entry.name.startsWith('.') && isDirectory(here(entry.name), entry)) walk(here(entry.name), rest)
      }
      return
    }
    if (!isPattern(segment)) {
      const path = here(segment)
      if (after.length === 0) {
        if (!isDirectory(path) && statOk(path)) found.push(path)
      } else if (isDirectory(path)) walk(path, after)
      return
    }
    const re = segmentPattern(segment)
    for (const entry of entries(dir === '' ? '.' : dir)) {
      if (entry.name.startsWith('.') && !segment.startsWith('.')) continue
      if (!re.test(entry.name)) continue
      const path = here(entry.name)
      if (after.length === 0) {
        if (!isDirectory(path, entry)) found.push(path)
      } else if (isDirectory(path, entry)) walk(path, after)
    }
  }
  walk(absolute ? '/' : '', segments)
  // `a/**/b/*.json` can reach a file by two routes: keep each once.
  return [...new Set(found)]
}

function statOk(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

/** The files one argument names: a pattern's matches, a directory's .json files, or the path itself. */
export function expandTarget(target: string): string[] {
  if (isPattern(target) && !statOk(target)) return matchPattern(target)
  if (isDirectory(target)) return jsonFilesIn(target)
  return [target]
}

/** Reads a file as UTF-8; a failure becomes a short phrase rather than Node's message with a stack. */
export function readText(file: string): ReadOutcome {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') }
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    const problem =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'cannot read the file (permission denied)'
          : code === 'EISDIR'
            ? 'is a directory, not a file'
            : `cannot read the file${code ? ` (${code})` : ''}`
    return { ok: false, problem }
  }
}
