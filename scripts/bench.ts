/**
 * Performance budget, measured (not guessed): what the first screen downloads, and how long
 * scoring takes. Run `npm run bench` (it builds first). Exits non-zero when a budget is exceeded.
 *
 * Budgets, for an old laptop or a phone on a slow connection:
 * - the first screen (index.html + the scripts and styles it loads) ≤ 120 KB gzipped;
 * - Chart.js and jsPDF never on the first screen (they load only where they are used);
 * - scoring one assessment ≤ 5 ms on average (it runs on every answer change on the results page).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { performance } from 'node:perf_hooks'
import { parseAssessmentFile } from '../src/domain/assessment/file'
import { catalogueV1 as catalogue } from '../src/domain/catalogue/v1'
import { questionnaire } from '../src/domain/questionnaire/bank'
import { score } from '../src/domain/scoring'

const FIRST_SCREEN_BUDGET_KB = 120
const SCORING_BUDGET_MS = 5
const HEAVY = [/chart/i, /jspdf/i, /autotable/i]

const dist = 'dist'
const failures: string[] = []
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path)).length
}

// The first screen: index.html and every script/style it references (entry + modulepreloads).
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const referenced = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)
const firstScreen = [{ file: 'index.html', gz: gzipSize(join(dist, 'index.html')) }].concat(
  referenced.map((file) => ({ file, gz: gzipSize(join(dist, file)) })),
)
const firstTotal = firstScreen.reduce((sum, f) => sum + f.gz, 0)
console.log('First screen (gzipped):')
for (const f of firstScreen) console.log(`  ${f.file.padEnd(48)} ${kb(f.gz)} KB`)
console.log(`  total${' '.repeat(43)} ${kb(firstTotal)} KB (budget ${FIRST_SCREEN_BUDGET_KB} KB)`)
if (firstTotal > FIRST_SCREEN_BUDGET_KB * 1024) failures.push(`first screen ${kb(firstTotal)} KB > ${FIRST_SCREEN_BUDGET_KB} KB`)
for (const f of referenced) {
  if (HEAVY.some((re) => re.test(f))) failures.push(`${f} is loaded on the first screen`)
}

console.log('\nLazy chunks (gzipped):')
for (const file of readdirSync(join(dist, 'assets')).sort()) {
  if (referenced.includes(`assets/${file}`)) continue
  console.log(`  assets/${file.padEnd(41)} ${kb(gzipSize(join(dist, 'assets', file)))} KB`)
}

// Scoring: the three example organisations, many times over.
const examples = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => parseAssessmentFile(readFileSync(join('examples', f), 'utf8')))
const ROUNDS = 500
for (const a of examples) score(questionnaire, catalogue, a.answers) // warm-up
const start = performance.now()
for (let i = 0; i < ROUNDS; i++) for (const a of examples) score(questionnaire, catalogue, a.answers)
const perAssessment = (performance.now() - start) / (ROUNDS * examples.length)
console.log(`\nScoring: ${perAssessment.toFixed(3)} ms per assessment (${ROUNDS * examples.length} runs; budget ${SCORING_BUDGET_MS} ms)`)
if (perAssessment > SCORING_BUDGET_MS) failures.push(`scoring ${perAssessment.toFixed(2)} ms > ${SCORING_BUDGET_MS} ms`)

if (failures.length) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log('\nWithin budget.')
