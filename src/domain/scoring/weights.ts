/**
 * Every number the scoring uses, defined once so the method page can print them.
 * The formulas that read them live beside: exposure.ts, dependency.ts, concentration.ts,
 * values.ts, governance.ts, fragility.ts, path.ts.
 */
export const WEIGHTS = {
  /** Weights of the five risks in the exposure X of a tool (they sum to 1). */
  exposure: {
    businessModel: 0.25,
    jurisdiction: 0.25,
    licence: 0.15,
    lockIn: 0.2,
    marketPower: 0.15,
  },
  /** Business-model risk b: can whoever operates the service monetise the organisation's data? */
  businessModelRisk: {
    'advertising-data': 1,
    freemium: 0.5,
    subscription: 0.2,
    'public-or-commons': 0,
  },
  /** Jurisdiction risk j. */
  jurisdictionRisk: {
    extraterritorial: 1,
    'eu-or-adequate': 0.3,
    'self-or-ethical-eu': 0,
  },
  /**
   * Factor applied to j by end-to-end encryption. Only 'always' counts: 'optional' is opt-in and
   * usually off, so it is treated like 'no'.
   */
  e2eeFactor: {
    always: 0.3,
    optional: 1,
    no: 1,
  },
  /** Licence risk l. */
  licenceRisk: {
    proprietary: 1,
    'open-core': 0.5,
    libre: 0,
  },
  /** Lock-in risk k, read from data export. */
  lockInRisk: {
    none: 1,
    partial: 0.5,
    full: 0,
  },
  /** Market-power risk m. */
  marketPowerRisk: {
    gatekeeper: 1,
    dominant: 0.5,
    none: 0,
  },
  /** Hosting risk, read by sovereignty only (not part of X). */
  hostingRisk: {
    'vendor-cloud': 1,
    'ethical-host': 0.2,
    'self-hosted': 0,
    local: 0,
  },
  /** Risk of a fact answered "I don't know" for a tool the respondent described: middle of [0, 1]. */
  unknownFactRisk: 0.5,
  /** D = 100 × X × c × s × e. */
  dependencyScale: 100,
  /** Criticality modifier c; unknown takes the middle of the range. */
  criticalityModifier: { minor: 0.8, important: 0.9, vital: 1, unknown: 0.9 },
  /** Data-held modifier s; unknown takes the middle of the range. */
  dataModifier: { public: 0.85, internal: 0.9, personal: 0.95, sensitive: 1, unknown: 0.925 },
  /** Exit-readiness modifier e; unknown takes the middle of the range. */
  // 'impossible' (version 2) is no readier to leave than never having looked: the top of the range.
  exitModifier: { impossible: 1, notChecked: 1, exportPossible: 0.95, exitTested: 0.85, unknown: 0.925 },
  /** Criticality weight w, used by concentration and by practice per value. */
  criticalityWeight: { minor: 1, important: 2, vital: 3, unknown: 2 },
  /** Data-held weight, multiplied into w for privacy only. */
  dataWeight: { public: 1, internal: 2, personal: 3, sensitive: 4, unknown: 2.5 },
  /**
   * Risk each tool-readable value reads, as weights of the tool's risks (each row sums to 1).
   * Values absent here (sobriety, accessibility, democracy, security) are read from governance answers.
   */
  valueRisk: {
    privacy: { businessModel: 0.6, jurisdiction: 0.4 },
    sovereignty: { jurisdiction: 0.6, hosting: 0.4 },
    commons: { licence: 1 },
    ethicalModel: { businessModel: 0.7, marketPower: 0.3 },
    reversibility: { lockIn: 0.7, licence: 0.3 },
  },
  /** Scores, importance, practice, concentration and C are on a 0–100 scale. */
  percent: 100,
  /** Importance I = (rating − min) / (max − min) × 100 on the 1–5 scale. */
  rating: { min: 1, max: 5 },
  /** A contradiction: a value rated at least `minRating` whose gap is at least `minGap`. */
  contradiction: { minRating: 4, minGap: 25 },
  /** An outside vendor holding at least this many vital functions is a single point of failure. */
  vitalFunctionsForSinglePoint: 2,
  /** A governance answer scoring at least this on a `commons` question counts as contributing. */
  commonsMinScore: 0.5,
  /** C = dependency × (100 − DI) + governance × G; when G is missing, C = 100 − DI. */
  path: { dependency: 0.7, governance: 0.3 },
  /** C below thresholds[i] gives level i + 1; at or above the last, level 5 (4 without commons). */
  levelThresholds: [25, 45, 65, 80],
  /**
   * Key-holder risk p (questionnaire version 2): how likely the organisation loses a tool with one
   * person. team: two or more people through accounts in its name; provider: under contract.
   */
  keyHolderRisk: { team: 0, provider: 0.5, onePerson: 1, personalAccount: 1 },
  /** Levels 4 and 5 also need fragility F at most `maxFragility` when F is known; otherwise `level`. */
  fragilityCap: { maxFragility: 25, level: 3 },
} as const

/** The tool-readable value dimensions, in the order of WEIGHTS.valueRisk. */
export type ToolValueId = keyof typeof WEIGHTS.valueRisk
