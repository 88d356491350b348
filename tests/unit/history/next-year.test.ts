import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isUntouched, withTitle } from '@/domain/assessment/assessment'
import { parseAssessmentFile } from '@/domain/assessment/file'
import {
  DATED_PROFILE_QUESTIONS,
  awaitsConfirmation,
  duplicateOf,
  nextYearFrom,
  withConfirmed,
} from '@/domain/history/next-year'
import { scoreAssessment } from '@/domain/scoring'
import { loadContent } from '@/domain/registry'

const previous = {
  ...parseAssessmentFile(readFileSync('examples/volunteer-run-self-hosted.json', 'utf8')),
  title: 'Diagnostic 2026',
  actions: { 'mitigate:twoFactorAdmins': { status: 'done' as const, updatedAt: '2026-05-01T10:00:00.000Z' } },
}
const now = new Date('2027-10-01T08:00:00.000Z')

describe('next year’s assessment', () => {
  const next = nextYearFrom(previous, 'next', now)

  it('is a new assessment of the same questionnaire, dated now, that names the one it came from', () => {
    expect(next.id).toBe('next')
    expect(next.questionnaireId).toBe(previous.questionnaireId)
    expect(next.questionnaireVersion).toBe(previous.questionnaireVersion)
    expect(next.createdAt).toBe('2027-10-01T08:00:00.000Z')
    expect(next.updatedAt).toBe('2027-10-01T08:00:00.000Z')
    expect(next.basedOn).toEqual({ id: previous.id, createdAt: previous.createdAt })
  })

  it('keeps every answer but the profile’s dated facts; drops the title and the plan’s marks', () => {
    const kept = Object.fromEntries(
      Object.entries(previous.answers).filter(
        ([id]) => !(DATED_PROFILE_QUESTIONS as readonly string[]).includes(id),
      ),
    )
    // The example answers the dated facts, so the test would notice them carried over.
    expect(Object.keys(previous.answers)).toEqual(expect.arrayContaining(['profile.staff', 'profile.budget']))
    expect(next.answers).toStrictEqual(kept)
    expect(next.answers['fn.email']).toStrictEqual(previous.answers['fn.email'])
    expect(next.title).toBeUndefined()
    expect(next.actions).toBeUndefined()
  })
})

describe('carried-over answers to confirm', () => {
  const next = nextYearFrom(previous, 'next', now)
  const later = new Date('2027-10-02T09:00:00.000Z')

  it('starts with every carried answer awaiting confirmation, and nothing unanswered or dated', () => {
    expect(next.confirmed).toBeUndefined()
    expect(awaitsConfirmation(next, 'fn.email')).toBe(true)
    // Cleared, so nothing to confirm: it is asked again.
    expect(awaitsConfirmation(next, 'profile.staff')).toBe(false)
    expect(awaitsConfirmation(next, 'no.such.question')).toBe(false)
  })

  it('never asks to confirm on an assessment not carried over', () => {
    expect(previous.basedOn).toBeUndefined()
    expect(awaitsConfirmation(previous, 'fn.email')).toBe(false)
    expect(withConfirmed(previous, ['fn.email'], later)).toBe(previous)
  })

  it('confirms the given questions once each, keeping earlier confirmations, and dates the change', () => {
    const one = withConfirmed(next, ['fn.email'], later)
    expect(one.confirmed).toEqual(['fn.email'])
    expect(one.updatedAt).toBe(later.toISOString())
    expect(awaitsConfirmation(one, 'fn.email')).toBe(false)
    expect(awaitsConfirmation(one, 'fn.files')).toBe(true)
    const more = withConfirmed(one, ['fn.files', 'fn.email', 'fn.files'], later)
    expect(more.confirmed).toEqual(['fn.email', 'fn.files'])
    // Never mutates.
    expect(next.confirmed).toBeUndefined()
    expect(one.confirmed).toEqual(['fn.email'])
  })

  it('gives the same object back when everything given is already confirmed (nothing to save)', () => {
    const one = withConfirmed(next, ['fn.email'], later)
    expect(withConfirmed(one, ['fn.email'], later)).toBe(one)
    expect(withConfirmed(one, [], later)).toBe(one)
  })

  it('leaves the scores exactly as they were', async () => {
    const content = await loadContent(next.questionnaireVersion)
    if (!content) throw new Error('no content for the example’s version')
    const ids = Object.keys(next.answers)
    const confirmed = withConfirmed(next, ids, later)
    expect(scoreAssessment(content, { ...confirmed, updatedAt: next.updatedAt })).toStrictEqual(
      scoreAssessment(content, next),
    )
  })
})

describe('a duplicate', () => {
  it('is a deep copy under a new id and title', () => {
    const copy = duplicateOf(previous, 'copy', 'Diagnostic 2026 (copie)')
    expect(copy).toStrictEqual({ ...previous, id: 'copy', title: 'Diagnostic 2026 (copie)' })
    expect(copy.answers).not.toBe(previous.answers)
  })
})

describe('titles', () => {
  const at = new Date('2026-12-01T00:00:00.000Z')

  it('sets a trimmed title, cut to 120 characters, and a blank one removes it', () => {
    expect(withTitle(previous, '  Bilan  ', at)).toMatchObject({
      title: 'Bilan',
      updatedAt: at.toISOString(),
    })
    expect(withTitle(previous, 'x'.repeat(300), at).title).toHaveLength(120)
    expect('title' in withTitle(previous, '   ', at)).toBe(false)
  })

  it('an assessment is untouched until it has an answer, a mark or a title', () => {
    const empty = { ...previous, answers: {}, actions: undefined, title: undefined }
    delete empty.actions
    delete empty.title
    expect(isUntouched(empty)).toBe(true)
    expect(isUntouched(withTitle(empty, 'Bilan', at))).toBe(false)
    expect(isUntouched({ ...empty, answers: { 'profile.name': { kind: 'text', value: 'A' } } })).toBe(false)
  })
})
