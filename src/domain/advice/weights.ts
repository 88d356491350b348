/**
 * Every number the action plan uses (DOMAIN, "Action plan"), defined once so the method page can
 * print them. The formulas that read them live in plan.ts and mitigations.ts.
 */
export const ADVICE_WEIGHTS = {
  /** A function in use with D at least this is worth acting on; below it, no action. */
  worthActingOn: 25,
  /** Effort of switching to an alternative, and of running it yourselves, on one scale. */
  effort: { low: 1, medium: 2, high: 3 },
  /** priority = gain × (fitBase + fitShare × fit) / effort: a poor fit halves the priority at worst. */
  fitBase: 0.5,
  fitShare: 0.5,
  /** A quick win: effort at most `maxEffort` and gain in D at least `minGain`. */
  quickWin: { maxEffort: 1, minGain: 10 },
  /** The first proposals, by priority, that make the six-month plan. */
  sixMonthPlanSize: 6,
  /**
   * Ranking hosted routes by cost only (each route keeps its own price for display): free, then
   * pay what you want, then prices by yearly amount for an organisation of `referenceUsers` people
   * (a one-off price counts as one year's; CHF and EUR compared at par).
   */
  cost: { referenceUsers: 5, perYear: { month: 12, year: 1, userMonth: 12, userYear: 1, once: 1 } },
} as const
