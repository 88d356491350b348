/**
 * The comparison in the reader's words, with a translate function and no Vue: the compare page (through
 * wording.ts) and the PDF report's "changes" section say a number's change, a tool swap, a single point
 * of failure, a contradiction or an action's follow-up the same way.
 */
import type { MessageKey } from '@/i18n'
import type { Localized } from '@/domain/catalogue/types'
import type {
  ActionFollowUp,
  ContradictionRef,
  FunctionChange,
  LevelChange,
  NumberChange,
  SinglePointRef,
  ToolRef,
} from '@/domain/history/compare'
import type { KeyNumber } from '@/domain/results/summary'
import type { Words } from '@/components/results/wording'

/** What the tables show for a number one side lacks. */
export const DASH = '—'

const CHANGE_KEYS = {
  down: { better: 'app.compare.numbers.down.better', worse: 'app.compare.numbers.down.worse' },
  up: { better: 'app.compare.numbers.up.better', worse: 'app.compare.numbers.up.worse' },
} as const satisfies Record<'up' | 'down', Record<'better' | 'worse', MessageKey>>

/** A name in the reader's language. */
export function localName(text: Localized, { lang }: Words): string {
  return text[lang]
}

/** Names joined with "and". */
export function nameList(names: readonly Localized[], words: Words): string {
  return names.map((n) => localName(n, words)).join(words.t('app.compare.tools.and'))
}

/** Tools joined with "and". */
export function toolList(refs: readonly ToolRef[], words: Words): string {
  return nameList(
    refs.map((r) => r.label),
    words,
  )
}

/** A key number's name, as its results card titles it. */
export function numberName(key: KeyNumber, { t }: Words): string {
  return t(`app.results.cards.${key}.title`)
}

/** "Down 12 points: an improvement", "No change", "Not comparable…". */
export function numberChangeText(
  n: Pick<NumberChange, 'change' | 'movement' | 'verdict'>,
  { t }: Words,
): string {
  if (n.change === null || n.movement === 'unknown') return t('app.compare.numbers.unknown')
  if (n.movement === 'same' || n.verdict === 'same') return t('app.compare.numbers.same')
  const points = Math.abs(n.change)
  return t(CHANGE_KEYS[n.movement][n.verdict === 'worse' ? 'worse' : 'better'], points, { points })
}

/** A step on the path as "3 out of 5", or the dash. */
export function levelValue(n: number | null, { t }: Words): string {
  return n === null ? DASH : t('app.compare.numbers.levelValue', { n })
}

/** "Up 1 step: an improvement", "Same step", "Not comparable…". */
export function levelChangeText(l: LevelChange, { t }: Words): string {
  if (l.change === null) return t('app.compare.numbers.unknown')
  if (l.change === 0) return t('app.compare.numbers.levelSame')
  if (l.change > 0) return t('app.compare.numbers.levelUp', l.change, { steps: l.change })
  return t('app.compare.numbers.levelDown', -l.change, { steps: -l.change })
}

/** What changed for one function: "Google Drive → Framaspace", newly used, no longer used. */
export function functionChangeText(f: FunctionChange, words: Words): string {
  const { t } = words
  const tools = (refs: readonly ToolRef[]) => toolList(refs, words)
  switch (f.kind) {
    case 'started':
      return f.added.length
        ? t('app.compare.tools.started', { tools: tools(f.added) })
        : t('app.compare.tools.startedNoTool')
    case 'stopped':
      return f.removed.length
        ? t('app.compare.tools.stopped', { tools: tools(f.removed) })
        : t('app.compare.tools.stoppedNoTool')
    case 'tools':
      if (f.removed.length && f.added.length)
        return t('app.compare.tools.replaced', { from: tools(f.removed), to: tools(f.added) })
      return f.added.length
        ? t('app.compare.tools.added', { tools: tools(f.added) })
        : t('app.compare.tools.removed', { tools: tools(f.removed) })
  }
}

/** A function's dependency before and after: "62 → 18". */
export function functionDependencyText(f: FunctionChange, { t }: Words): string {
  return t('app.compare.tools.dependencyChange', {
    before: f.dependencyBefore ?? DASH,
    after: f.dependencyAfter ?? DASH,
  })
}

/** A single point of failure as one line. */
export function singlePointText(p: SinglePointRef, words: Words): string {
  const { t } = words
  switch (p.point.kind) {
    case 'vitalFunctions':
      return t('app.compare.points.vital', {
        vendor: p.vendor ?? '',
        functions: nameList(p.functions, words),
      })
    case 'login':
      return t('app.compare.points.login', {
        vendor: p.vendor ?? '',
        tool: p.tool ? localName(p.tool, words) : '',
      })
    case 'person':
      return t(`app.compare.points.${p.point.keys}`, {
        function: p.functions[0] ? localName(p.functions[0], words) : '',
      })
  }
}

/** A contradiction with its gap on both sides. */
export function contradictionText(c: ContradictionRef, { t }: Words): string {
  const gap = (x: number | null | undefined) =>
    x === null || x === undefined ? t('app.compare.contradictions.missing') : Math.round(x)
  return t('app.compare.contradictions.item', {
    value: t(`q.value.${c.value}.label`),
    before: gap(c.before?.gap),
    after: gap(c.after?.gap),
  })
}

/** An action of the earlier plan: "Files: from Google Drive to Framaspace". */
export function actionText(a: ActionFollowUp, words: Words): string {
  const { t } = words
  const x = a.action
  if (x.kind === 'proposal')
    return t('app.compare.actions.proposal', {
      function: localName(x.functionName, words),
      from: nameList(x.from, words),
      to: localName(x.to, words),
    })
  const mitigation = t(`app.results.plan.mitigations.${x.mitigationId}`)
  return x.functionName
    ? t('app.compare.actions.mitigation', { function: localName(x.functionName, words), mitigation })
    : mitigation
}

/** What the later answers say of a marked action. */
export function evidenceText(a: ActionFollowUp, words: Words): string {
  const x = a.action
  const named = x.kind === 'proposal' ? { from: nameList(x.from, words), to: localName(x.to, words) } : {}
  return words.t(`app.compare.actions.evidences.${a.evidence}`, named)
}

/** How the organisation marked an action ("Done", "In progress"…). */
export function markText(a: ActionFollowUp, { t }: Words): string {
  return t(`app.results.actions.statuses.${a.mark.status}`)
}
