/**
 * Texts of the method page in English (mounted under `method`): exactly the keys of method.fr.ts,
 * which the type below enforces. Every number is a placeholder filled from WEIGHTS or the
 * catalogue. No bare braces, at signs, dollar signs or vertical bars: vue-i18n parses them.
 */
import type fr from './method.fr'
import type { SameKeys } from '../schema'

export default {
  title: 'How scores are computed',
  heading: 'How the results are calculated',
  lead: 'This page explains every number in the assessment: first in a few words, then precisely, with the exact formulas and weights the tool uses.',
  toc: 'On this page',
  plain: 'In short:',
  pair: '{label}: {value}',
  caption: {
    weight: 'Weight',
    value: 'Value',
    answer: 'Answer',
    fact: 'Fact',
  },

  about: {
    heading: 'What the assessment measures, and what it does not',
    measures:
      'The assessment measures whom your organisation depends on for its digital work, how exposed those dependencies leave it (advertising, foreign laws, lock-in…), and whether its tools fit the values it has set itself.',
    notGrade:
      'It is not a grade or a ranking: it is a snapshot, taken at one moment, to inform the organisation’s decisions and to see how far it has come from one year to the next.',
    notBoycott:
      'Nor is it a call to leave everything. Keeping a dominant tool can be a sound strategic choice (your audience is on Facebook, for instance): a tool kept deliberately is a choice, and the results present it as one.',
    local: 'Everything is calculated in your browser. Nothing is sent anywhere.',
    rounding:
      'Results are rounded to whole numbers: one more decimal would claim a precision the method does not have.',
  },

  facts: {
    notApplicable: 'not applicable',
    businessModel: {
      name: 'Business model',
      'advertising-data': 'Advertising or data resale',
      freemium: 'Free with paid options (freemium)',
      subscription: 'Paid subscription',
      'public-or-commons': 'Public service, donations or commons',
    },
    jurisdiction: {
      name: 'Jurisdiction',
      extraterritorial: 'Under extraterritorial laws (CLOUD Act, FISA…)',
      'eu-or-adequate': 'Vendor in the EU or EEA, or in a country deemed adequate',
      'self-or-ethical-eu': 'Self-hosted, local, or with a European ethical host',
    },
    licence: {
      name: 'Licence',
      proprietary: 'Proprietary',
      'open-core': 'Open core (libre core, proprietary extras)',
      libre: 'Free/libre',
    },
    export: {
      name: 'Data export',
      none: 'No export',
      partial: 'Partial export or closed formats',
      full: 'Full export in open formats',
    },
    e2ee: {
      name: 'End-to-end encryption',
      always: 'Always on',
      optional: 'Optional',
      no: 'No',
    },
    marketPower: {
      name: 'Market power',
      gatekeeper: 'Group designated as a gatekeeper under the EU Digital Markets Act (DMA)',
      dominant: 'Other dominant platform',
      none: 'None',
    },
    hosting: {
      name: 'Hosting',
      'vendor-cloud': 'In the vendor’s cloud',
      'ethical-host': 'With an ethical host',
      'self-hosted': 'Self-hosted',
      local: 'Local, on the devices',
    },
  },

  answers: {
    unknown: 'No answer or “I don’t know” (middle of the range)',
    criticality: {
      name: 'How critical the use is',
      minor: 'Minor',
      important: 'Important',
      vital: 'Vital',
    },
    data: {
      name: 'Data held',
      public: 'Public',
      internal: 'Internal',
      personal: 'Personal',
      sensitive: 'Sensitive personal',
    },
    exit: {
      name: 'Ability to leave',
      impossible: 'Not possible today',
      notChecked: 'Never looked into',
      exportPossible: 'Export possible',
      exitTested: 'Exit already tested',
    },
  },

  exposure: {
    heading: 'Exposure of a tool',
    plain:
      'Each tool gets an exposure between 0 and {max}: how far it could be used against the organisation’s interests. Five risks are looked at: how the vendor makes its money, which laws it must obey, whether the software is free/libre, whether you can take your data back, and whether the vendor dominates its market.',
    formula: 'Exposure X is a weighted sum of the five risks, each between 0 and {max}:',
    caption: 'The five risks, their weights and their values',
    colRisk: 'Risk',
    colValues: 'Possible values',
    risks: {
      businessModel: 'Business model',
      jurisdiction: 'Jurisdiction',
      licence: 'Licence',
      lockIn: 'Lock-in (data export)',
      marketPower: 'Market power',
    },
    e2ee: 'End-to-end encryption: when it is always on, the vendor cannot read the content, so the jurisdiction risk j is multiplied by {factor}. Encryption that is only “optional” does not count: someone has to turn it on, and it rarely is.',
    selfRunLibre:
      'Free/libre software the organisation runs itself (self-hosted or local): the business-model risk is nil, whatever the business model of the people who develop it, because nobody else can monetise your data.',
    notApplicable:
      'A fact that does not apply to a tool (export for a search engine, for instance) counts as no risk. For encryption, “not applicable” leaves j as it is.',
    other:
      'A tool missing from the catalogue that you describe yourself: your answers about its jurisdiction, licence, business model, export and hosting are used. Its market power counts as nil and it is assumed to have no end-to-end encryption. An “I don’t know” answer counts as {unknown}, the middle of the range, and lowers completeness.',
    exampleCaption: 'Example: {tool}',
    exampleTotal: 'Exposure X',
  },

  dependency: {
    heading: 'Dependency of a function',
    plain:
      'A function is one kind of work: email, files, video calls… Its dependency starts from the exposure of the tool you use, then adjusts it slightly with your answers: how critical that use is, what data it holds and how ready you are to leave.',
    formula: 'Dependency D, between 0 and {max}:',
    followUps: 'For each function in use, once its tool is chosen, the questionnaire asks, in this order:',
    modifiers:
      'The three modifiers are deliberately gentle: they adjust the exposure without ever cancelling it.',
    captionC: 'Modifier c, by how critical the use is',
    captionS: 'Modifier s, by the data held',
    captionE: 'Modifier e, by the ability to leave',
    unknown:
      'A missing or “I don’t know” answer takes the middle value of its range, and completeness records it.',
    severalTools:
      'Several tools for one function: the most exposed one counts (on a tie, the first by identifier, so the order in which you picked them changes nothing). The same tool picked twice counts once.',
    status:
      'A function marked “not used” changes no score, exactly as if it were not in the questionnaire. A function with no answer, or whose tool is unknown, has no dependency and lowers completeness.',
    example:
      'With the example above, for a vital use, personal data and an exit never looked into: D = {value}.',
  },

  dependencyIndex: {
    heading: 'Dependency index',
    plain:
      'The dependency index sums everything up in one number from 0 to {max}. The lower it is, the more autonomous the organisation.',
    formula: 'DI is the plain mean of D over the functions in use whose tool is known:',
    criticality:
      'How critical each use is already sits inside D: making a use more critical never lowers the index, and replacing a tool by a less exposed one never raises it.',
    none: 'When no function has a known tool, the index is not calculated.',
  },

  concentration: {
    heading: 'Vendor concentration',
    plain:
      'Concentration tells whether your uses are spread across several vendors or gathered with a few. It is {max} when a single vendor holds everything, and nears 0 when your uses are spread out, or run on your own infrastructure.',
    weights:
      'Each function in use brings a weight w according to how critical it is, split evenly among its tools:',
    shareWord: 'share',
    vendorWord: 'vendor',
    captionW: 'Weight w of each function, by how critical the use is',
    share:
      'A vendor’s share is the sum of its weights divided by the total weight. Concentration is the Herfindahl–Hirschman index, which economists use to measure how concentrated a market is:',
    selfHosted:
      'Free/libre software you host yourself or run locally counts in the total weight but belongs to no vendor: it lowers concentration. Two tools from the same vendor give that vendor both parts.',
    example: 'Example: four vendors with equal shares give a concentration of {value}.',
  },

  singlePoints: {
    heading: 'Single points of failure',
    plain:
      'A single point of failure is a vendor, or a person, whose outage, change of terms, closed account or departure would stop something vital, or several things at once.',
    intro: 'The assessment flags three kinds:',
    vital:
      'an outside vendor holding at least {count} function marked vital; | an outside vendor holding at least {count} functions marked vital;',
    login:
      'the vendor of the tool used for the “{name}” function (logging into other tools with that account, such as “Sign in with Google”): if it closes that account, every tool behind it becomes unreachable.',
    person:
      'a vital function whose keys rest with one person (key-holder risk p of {p}, see the section on fragility): if that person leaves or loses access, the organisation loses the tool. This kind exists only in version 2 of the questionnaire.',
    note: 'Tools you describe yourself count too. Free/libre software you run yourself has no outside vendor.',
  },

  fragility: {
    heading: 'Who holds the keys: fragility',
    plain:
      'A tool that nobody else can administer is lost the day the person who holds its keys leaves, even if it is free software you host yourselves. Fragility F, from 0 to {max}, says how much your uses rest on a single person.',
    question:
      'For each function in use, once the tool is chosen, the questionnaire asks “{question}” Each answer gives a risk p:',
    caption: 'Risk p by who holds the keys',
    dontKnow: '“I don’t know” and no answer are left out.',
    formula: 'Fragility F, between 0 and {max}:',
    weights:
      'over the functions in use whose answer is known, w being the weight of the use (minor {minor}, important {important}, vital {vital}, as for concentration). A function counts as soon as you said it is in use, even if its tool is unknown: who can administer it does not depend on the tool. With no known answer, F is not computed.',
    example:
      'Example: vital email on a volunteer’s personal account, and two important uses administered by at least two people, give F = {value}.',
    person:
      'A function in use, marked vital, whose risk p is {p} (one person only, or a personal account) is a single point of failure of kind “person”.',
    cap: 'Fragility caps the level on the path: levels {from} and {to} also need F ≤ {max} when F is known; otherwise the level stops at {level} and the calculation records why.',
    v1: 'Assessments made with version 1 of the questionnaire keep their method: the question was not asked, F is unknown and the level is version 1’s.',
  },

  vendors: {
    heading: 'Kinds of vendor and the DMA',
    plain:
      'The calculation sorts each outside vendor of your tools into a kind: dominant platform, other proprietary vendor, European or social-economy player, ethical host, or a tool you described. The kind changes no score: it helps read who holds your uses.',
    rule: 'The first rule that applies decides:',
    kinds: {
      described: 'Described by you',
      dominant: 'Dominant platform',
      ethicalHost: 'Ethical host',
      europeanOrSocial: 'European or social economy',
      otherProprietary: 'Other proprietary vendor',
    },
    rules: {
      described: 'a vendor you described yourself (not in the catalogue);',
      dominant:
        'a group designated as a gatekeeper under the DMA, or the vendor of at least one catalogue tool on the dominant-platform side;',
      ethicalHost: 'a vendor whose catalogue tools are all hosted by an ethical host;',
      europeanOrSocial:
        'a vendor based in one of the {count} countries of the EU, the EEA, Switzerland or the United Kingdom, or that makes a social-economy or European alternative;',
      otherProprietary: 'all the others.',
    },
    jurisdiction:
      'The jurisdiction kept for a vendor is the riskiest among its tools that you use. Free/libre software you run yourselves has no outside vendor: it belongs to no kind.',
    dmaHeading: 'The Digital Markets Act (DMA): two separate facts',
    dmaGroup:
      'The group: the European Commission has designated some groups as “gatekeepers” ({groups} vendors of the catalogue belong to one). This is a fact about the vendor.',
    dmaService:
      'The service: among those groups’ services, only some are themselves designated “core platform services” ({services} tools of the catalogue). This is a fact about the tool, shown in the catalogue.',
    dmaMarketPower:
      'Market power m reads the group: any tool of a gatekeeper group gets m = {gatekeeper}, even when the service itself is not designated, because the group can tie its services together and set its terms.',
    dmaExample:
      'Example: {tool} is not a designated service, but its group is a gatekeeper: m = {gatekeeper}.',
  },

  values: {
    heading: 'Values and practice',
    plain:
      'For each value, what it means to you (importance) is compared with what your tools and practices show (practice). A gap is not a fault: it is something to put on the table.',
    practiceHeading: 'Practice P',
    practiceFormula:
      'For the values tools can show, over the functions in use, reading the risks of each function’s most exposed tool:',
    formula: 'P = {scale} × (1 − Σ w × risk / Σ w)',
    caption: 'What each value reads',
    colValue: 'Value',
    colReads: 'What is read',
    hostingLetter: 'h, the hosting risk, read by sovereignty only (it is not part of exposure):',
    captionH: 'Hosting risk h',
    privacyWeight:
      'w is the weight of the use (see concentration). For privacy it is also multiplied by the data weight:',
    captionData: 'Data weight, for privacy',
    fromGovernance: 'The governance answers:',
    governanceRule:
      'Values that tools cannot show are read from the governance answers that concern them: P is the mean of their scores × {scale}. A governance answer does not change a value already read from the tools.',
    importanceHeading: 'Importance I',
    importance:
      'Each value is rated from {min} to {max}. I = (rating − {min}) / ({max} − {min}) × {scale}; a rating of {rating} gives {importance}.',
    gapHeading: 'Gap',
    gap: 'Gap = max(0, I − P): only what practice lacks counts, not what it exceeds.',
    contradictionsHeading: 'Contradictions',
    contradictions:
      'A contradiction is a value rated {rating} or more whose gap is {gap} or more. They are listed from the largest gap down: they are the first things to discuss.',
  },

  governance: {
    heading: 'Governance maturity',
    plain:
      'Governance is how digital choices are made: a strategy, who decides, board discussions, a budget, training, a GDPR record, backups, two-factor authentication…',
    rule: 'Each answer scores {yes} (yes), {partly} (partly) or {no} (no); maturity is the mean of the answers × {scale}. “I don’t know” answers are left out; with no answer at all, maturity is not calculated.',
    caption: 'The governance questions and the values they inform',
    colQuestion: 'Question',
    colValues: 'Values informed',
    v2Practices:
      'Version 2 of the questionnaire adds {count} practice, marked in the table. It counts in maturity like the others. | Version 2 of the questionnaire adds {count} practices, marked in the table. They count in maturity like the others.',
    newInV2: 'new in version 2',
    maturityOnly: 'Maturity only',
    quoted: '“{label}”',
    notApplicable:
      'An answer that does not apply to the organisation is left out, like “I don’t know”: {answers}.',
    security:
      'Security reads the answers on backups and two-factor authentication and, since version 2, the one on personal devices and accounts.',
  },

  path: {
    heading: 'Level on the path',
    plain:
      'The path runs from strong dependency to autonomy and contribution to the commons. It is not a grade: it is a position, from which each organisation moves on at its own pace.',
    formula: 'Score C combines the autonomy of the tools with governance maturity G:',
    noGovernance:
      'With no governance answer at all, C = {scale} − DI: the path then rests on the tools alone.',
    caption: 'The five levels of the path',
    colLevel: 'Level',
    colName: 'Name',
    colRange: 'Score C',
    colMeaning: 'What it means',
    below: 'below {max}',
    between: '{min} to below {max}',
    atLeast: '{min} or more, with a contribution to the commons',
    orWithoutCommons: 'or {min} and more without a contribution to the commons',
    commons:
      'The last level also needs a contribution to the commons: answering “{answer}” or better (a score of {min} or more) to the question “{question}”. Contributing a little is contributing. Without it, the organisation stays at level {level}.',
    cap: 'Who holds the keys counts too: levels {from} and {to} need a fragility F of {max} or less when it is known. Above that, the level stops at {level}, whatever C is.',
    capReason:
      'When the level stops below what C gives, for lack of a contribution to the commons or because of fragility, the calculation records the reason; when both apply it is fragility, since it is what sets the level. With no answer on the keys (every version 1 assessment), the level is version 1’s.',
  },

  levels: {
    '1': 'Strong dependency',
    '2': 'Aware dependency',
    '3': 'Transition under way',
    '4': 'Chosen autonomy',
    '5': 'Autonomy and contribution to the commons',
  },

  levelDescriptions: {
    '1': 'Essential work relies on a few large platforms, often by default: this is where many organisations start.',
    '2': 'Dependencies are still strong, but they are mapped: now is the time to choose where to begin.',
    '3': 'Part of the work already runs on free/libre or ethical tools, and digital choices are being discussed.',
    '4': 'Most tools are under control; the dependencies that remain are deliberate choices.',
    '5': 'The organisation is largely autonomous and gives back to the digital commons it relies on.',
  },

  completeness: {
    heading: 'Completeness',
    plain:
      'Completeness tells what share of the questions received a usable answer. The lower it is, the more carefully the results should be read.',
    rule: 'Completeness = answers given / applicable questions, over the questions shown:',
    closed:
      'a choice or rating question is one unit, answered unless it is empty or “I don’t know”; free-text questions do not count;',
    unused:
      'a function marked “not used” is one unit, answered; with no answer or “I don’t know”, one unit, not answered;',
    used: 'a function in use counts one unit each for the tool, how critical it is, the data, the ability to leave and the stance (by default or deliberate);',
    other:
      'each tool you describe adds one unit per fact: jurisdiction, licence, business model, export, hosting.',
    hidden: 'A question hidden by an earlier answer enters no score.',
  },

  plan: {
    heading: 'The action plan',
    plain:
      'The action plan starts from the results: for each use where dependency is high, it looks in the catalogue for the alternative that lowers it most for the least effort, taking your values into account, and it suggests precautions where the tool is kept. The calculation is deterministic: the same answers always give the same plan.',
    worth: 'A function in use whose tool is known is worth acting on when D ≥ {min}; below that, no action.',
    keep: 'A deliberate choice gets precautions, never a replacement. So does a function for which no catalogue alternative lowers D.',
    candidates:
      'Otherwise each alternative the catalogue gives for the function, and that you do not already use, is tried in place of the most exposed tool (all of them on a tie); the function’s other tools stay. D′ is the dependency recomputed with the alternative; an alternative with no gain is dropped. The catalogue’s “other common tools” are never proposed.',
    formulas: 'For each alternative:',
    fit: 'Fit covers the values that tools show (privacy, sovereignty, commons, business model, reversibility) and that you rated: I is their importance, the risk the one practice reads. It is {one} when none is rated.',
    effort:
      'The effort of switching and the effort of running read on the same scale. The running effort is added only when self-hosting is the easiest route (no hosted offer and no software to install).',
    captionEffort: 'Effort by level',
    colLevel: 'Effort level',
    words: {
      gain: 'gain',
      fit: 'fit',
      risk: 'risk',
      effort: 'effort',
      switching: 'switching',
      running: 'running',
      priority: 'priority',
    },
    effortLevels: {
      low: 'Low',
      medium: 'Medium',
      high: 'High',
    },
    order:
      'A function’s proposal is its alternative of highest priority (on a tie: lowest effort, then id). Proposals are ordered by priority.',
    quickWin: 'A quick win takes an effort of {effort} and gains at least {gain} points of D.',
    sixMonths: 'The first {count} proposals make the six-month plan.',
    ifDone:
      'Each proposal also says what the index would become: DI − gain / n, n being the number of scored functions.',
    mitigationsHeading: 'Precautions',
    mitigationsIntro:
      'They come from rules on your answers, for the functions worth acting on (D ≥ {min}) or for the whole organisation:',
    mitigations: {
      exportAndRestore:
        'export regularly and try a restore elsewhere: tool kept, exit never tested and a lock-in risk above 0;',
      secondAdmin:
        'give admin access to a second person, through an account in the organisation’s name: one person holds the keys (p = {p}), whether the tool is replaced or not;',
      publishFirst:
        'publish first on your own site or a federated account, then relay: tool kept to communicate outside on someone else’s platform;',
      movePersonalData: 'move personal data out of the tool: tool kept that holds personal data;',
      organisationAccounts:
        'create accounts with an organisation address instead of “Sign in with…”: a login single point of failure;',
      twoFactorAdmins:
        'turn on two-factor authentication for admin accounts: it is not on everywhere, or you do not know.',
    },
    routesHeading: 'How to get there: hosts, offers and prices',
    routes:
      'For each alternative, the plan says how to get it: named offers from ethical hosts, with their conditions and price, self-hosting, or software to install. Free offers come first; the cost kept is that of the cheapest hosted offer, compared over a year for an organisation of {users} people.',
    routesDated:
      'These routes come from a file dated {date}: {hosts} hosts, {alternatives} alternatives. Each offer carries the date it was checked, and a price no source confirms is marked “indicative”.',
  },

  catalogue: {
    heading: 'The tools catalogue',
    plain:
      'The facts about each tool come from a catalogue built from public sources. Each fact is either checked in a cited source or taken from general knowledge: we say which, every time.',
    version: 'Version {version}, facts as of {date}.',
    counts: '{tools} tools for {functions} functions, {vendors} vendors, {sources} sources.',
    checked:
      '{count} tool has facts checked in a cited source. | {count} tools have facts checked in a cited source.',
    known:
      '{count} tool rests on general knowledge, not re-checked in a source: it is marked as such and never presented as certain. | {count} tools rest on general knowledge, not re-checked in a source: they are marked as such and never presented as certain.',
    origin:
      'The facts were gathered from public sources (vendors’ sites and documentation, annual reports, Framasoft, the CHATONS collective, specialist press). Licences of the free/libre software were checked in each project’s own repository, and the facts about dominant tools that weigh most were given a second look; corrections are recorded with their sources.',
    differ:
      'Is your situation different (a paid plan, an option turned on)? Describe the tool yourself with “Another tool, not in the list”: your answers then count.',
    links: 'The links lead to outside sites: nothing is loaded until you click.',
    byFunction: 'The tools, function by function',
    summary: '{name} · {tools}, {checked}',
    summaryTools: '{count} tool | {count} tools',
    summaryChecked: '{count} checked',
    side: {
      dominant: 'Dominant platform',
      alternative: 'Alternative',
      other: 'Other common tool',
    },
    sides:
      'Each tool sits on one side: dominant platform, alternative, or other common tool (neither dominant nor proposed as an alternative). In this version: {dominant} dominant platforms, {alternative} alternatives, {other} other common tools.',
    dmaCoreService: 'Designated core platform service (DMA)',
    vendor: 'Vendor',
    noVendor: 'no outside vendor',
    exposure: 'Exposure X',
    confidence: {
      checked: 'Checked in a source on {date}',
      known: 'General knowledge, not re-checked (reviewed on {date})',
    },
    evidence: 'What this rests on:',
    sources: 'Sources:',
    noSources: 'No online source cited.',
  },

  changes: {
    heading: 'How we adjusted the starting model',
    intro: 'The method starts from a reference model. This is what we adjusted, and why:',
    selfRunLibre:
      'free/libre software the organisation runs itself carries no business-model risk, even when its developers sell services: otherwise self-hosted Nextcloud would not count as risk-free;',
    e2ee: 'end-to-end encryption that is only “optional” does not lower the jurisdiction risk;',
    unknown:
      'a missing or “I don’t know” answer takes the middle of its range rather than the worst or the best value, and lowers completeness;',
    microsoft:
      'Microsoft 365 is rated “free with paid options” for associations, which mostly get it through Microsoft’s nonprofit programme;',
    governance: 'with no governance answer at all, the path score rests on the tools alone;',
    commons: 'contributing “partly” to the commons is enough for the last level;',
    valuesFromGovernance:
      'a governance answer does not change a value already read from the tools, so the same thing is not counted twice;',
    keys: 'version 2: the questionnaire asks who holds the keys of each tool, hence fragility F and single points of failure of kind “person”;',
    fragilityCap: 'version 2: levels {from} and {to} also need a low fragility when it is known;',
    practices:
      'version 2: three practices are added (domain name, personal devices, continuity), and security also reads personal devices;',
    exitImpossible:
      'version 2: the answer “No, impossible today” on leaving weighs the same as “Never looked into” (e = {e});',
    plan: 'version 2: a deterministic action plan, with proposals, quick wins and precautions;',
    dma: 'catalogue version 2: the DMA is described by two facts, the gatekeeper group and the designated service; market power still reads the group;',
    otherSide:
      'catalogue version 2: a third side, “other common tool”, for tools neither dominant nor proposed as alternatives, and named routes to each alternative.',
  },
} as const satisfies SameKeys<typeof fr>
