/**
 * How each vendor kind is drawn: an Okabe–Ito colour (told apart by most colour-blind readers)
 * and a pattern, so that the kinds stay apart in grey print too; the kind is also written out.
 */
import type { MapVendorKind } from '@/domain/map'

export type Pattern = 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical' | 'solid'

export const KIND_STYLE: Record<MapVendorKind, { colour: string; pattern: Pattern }> = {
  dominant: { colour: '#D55E00', pattern: 'diagonal' },
  otherProprietary: { colour: '#E69F00', pattern: 'dots' },
  described: { colour: '#CC79A7', pattern: 'cross' },
  europeanOrSocial: { colour: '#0072B2', pattern: 'horizontal' },
  ethicalHost: { colour: '#56B4E9', pattern: 'vertical' },
  self: { colour: '#009E73', pattern: 'solid' },
}

/** Ink and lines drawn in the SVG itself (attributes, not CSS, so that the PNG keeps them). */
export const INK = {
  text: '#1f2328',
  soft: '#4a5058',
  line: '#8a8f96',
  warning: '#b00020',
  accent: '#005a8c',
  accentSoft: '#e6f0f6',
  paper: '#ffffff',
}

/** The text cut to fit its box, with an ellipsis; the full text stays in the node's label. */
export function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

/**
 * The text broken into at most `lines` lines of `max` characters at spaces (SVG text does not
 * wrap by itself); what does not fit ends the last line with an ellipsis.
 */
export function wrap(text: string, max: number, lines = 2): string[] {
  const out: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line || (line + ' ' + word).length <= max) {
      line = line ? `${line} ${word}` : word
      continue
    }
    out.push(line)
    line = word
  }
  if (line) out.push(line)
  if (out.length <= lines) return out.map((l) => fit(l, max))
  const kept = out.slice(0, lines)
  kept[lines - 1] = fit(`${out.slice(lines - 1).join(' ')}`, max)
  return kept
}
