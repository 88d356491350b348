/**
 * Chart colours from the Okabe–Ito palette, which readers with the common colour-vision deficiencies
 * can tell apart. Colour is never the only carrier: every chart also says its finding in words, marks
 * the same categories in its labels, and has a table alternative. Bars get a dark outline so that the
 * lighter colours still stand out from the white background (WCAG 1.4.11, 3:1 for graphics).
 */
import type { Concern } from '@/domain/results/summary'
import type { VendorKind } from '@/domain/scoring/types'

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const

/** The outline of every bar: the page's ink colour. */
export const OUTLINE = '#1f2328'

export const CONCERN_COLOURS: Readonly<Record<Concern, string>> = {
  low: OKABE_ITO.bluishGreen,
  moderate: OKABE_ITO.orange,
  high: OKABE_ITO.vermillion,
}

export const VENDOR_KIND_COLOURS: Readonly<Record<VendorKind, string>> = {
  dominant: OKABE_ITO.vermillion,
  otherProprietary: OKABE_ITO.orange,
  europeanOrSocial: OKABE_ITO.blue,
  ethicalHost: OKABE_ITO.bluishGreen,
  described: OKABE_ITO.reddishPurple,
}

/** Importance and practice, the two bars of each value. */
export const VALUE_COLOURS = {
  importance: OKABE_ITO.blue,
  practice: OKABE_ITO.skyBlue,
  contradiction: OKABE_ITO.vermillion,
} as const

/** One colour per assessment of a trend, oldest first: Okabe–Ito's, then again (a legend tells them apart). */
export const TREND_COLOURS: readonly string[] = [
  OKABE_ITO.skyBlue,
  OKABE_ITO.blue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
]
