// Texts of the results page in English, mounted under `app.results`: exactly the keys of
// app.results.fr.ts, which the type below enforces.
import type fr from './app.results.fr'
import type { SameKeys } from '../schema'

export default {
  title: 'Results',
  heading: 'Your results',
  noAnswers: 'No answers to analyse yet.',
  completeness: 'Answers {percent}% complete',
  completenessHelp:
    '“I don’t know” and unanswered questions do not count in the scores. So this figure can be lower than the questionnaire’s “% answered”, which counts every answer, “I don’t know” included.',
  outOf100: 'out of 100',
  notComputed: 'Not computable yet',
  backToWizard: 'Back to the questionnaire',
  howComputed: 'How is this calculated?',
  export: 'Download my answers (JSON file)',
  compareLink: 'Compare with an earlier assessment',
  finish: {
    // src/components/results/ResultsFinish.vue: keeps the diagnostic as a dated assessment.
    title: 'Assessment {year}',
    button: 'Save as finished: {name}',
    help: 'It stays on this device, dated and named, in the home page’s list: you can compare it with the next one. Answering a question again reopens it.',
  },
  path: {
    title: 'Where are you on the path?',
    level: 'Step {n} of 5:',
    unknown: 'Answer the questions about your tools to place your organisation on the path.',
  },
  cardsTitle: 'Key numbers',
  cards: {
    dependencyIndex: {
      title: 'Dependency index',
      explanation:
        'How much your work rests on tools that exploit data, fall under foreign laws or lock you in. 0: no dependency; 100: complete dependency.',
    },
    concentration: {
      title: 'Vendor concentration',
      explanation:
        'If a single vendor holds all your functions, it is 100; the more your tools are spread out or self-hosted, the lower it gets.',
    },
    fragility: {
      title: 'Fragility',
      explanation:
        'How much of your functions one person or a personal account holds. 0: the keys are shared; 100: everything rests on one person.',
    },
    governance: {
      title: 'Governance maturity',
      explanation:
        'Your practices: a written strategy, shared decisions, backups, two-factor authentication, training… 100: everything is in place.',
    },
    completeness: {
      title: 'Answers complete',
      explanation:
        'The share of questions with a usable answer (“I don’t know” is not one, hence a possible gap with the questionnaire’s “% answered”). The higher it is, the more the numbers can be trusted.',
    },
  },
  findings: {
    title: 'What your answers say',
    contradictionsTitle: 'Values and practice',
    contradiction:
      '{value}: you give it an importance of {rating} out of 5, but the practice of your current tools only reaches {practice} out of 100.',
    noContradiction:
      'No strong contradiction between the values you rate as important and your current tools.',
    singlePointsTitle: 'Weak spots',
    vital:
      '{vendor} holds your vital function {functions}: if this vendor changes its terms or closes your account, it stops. | {vendor} holds {count} of your vital functions ({functions}): if this vendor changes its terms or closes your account, everything stops at once.',
    login:
      'Your logins go through {vendor} ({tool}): if that account is lost or closed, every tool behind it goes too.',
    person: {
      onePerson:
        '{function}: only one person can administer this vital use. If they leave or lose their access, the organisation loses it too.',
      personalAccount:
        '{function}: this vital use runs on a member’s personal account. If that person leaves, the account leaves with them.',
    },
    noSinglePoint: 'No vendor holds several vital functions.',
  },
  detailsTitle: 'The details',
  valuesTable: {
    caption: 'Your values: stated importance, practice and gap (out of 100)',
    value: 'Value',
    importance: 'Importance',
    practice: 'Practice',
    gap: 'Gap',
    rating: '{rating} out of 5',
    note: 'A dash marks a value not rated, or that no answer can measure yet.',
  },
  functionsTable: {
    caption: 'Your functions, from most to least dependent (dependency out of 100)',
    function: 'Function',
    tools: 'Tools',
    dependency: 'Dependency',
    stance: 'Choice',
    unknown: 'Functions whose tool is not known yet, not counted: {count}.',
  },
  summary: {
    organisation: '{name}, assessment of {date}',
    unnamed: 'Your organisation, assessment of {date}',
    topTitle: 'What now:',
    nextTitle: 'To reach the next step:',
    next: {
      top: 'you are at the last step. Keep going, and share what works with other organisations.',
      fragility:
        'give a second person the keys of your vital tools (admin access, through an account in the organisation’s name). Your tools already place you higher.',
      commons:
        'contribute to the commons (a donation, time or code for the free software you use): your tools and practices already place you there.',
      lowerIndex:
        'lower your dependency index by {points} point (step {next}). | lower your dependency index by {points} points (step {next}).',
      andKeys: ' A second person will also need the keys of your vital tools.',
      andCommons: ' It also takes a contribution to the commons.',
      raiseGovernance:
        'strengthen your practices: {points} more point of governance maturity (step {next}). | strengthen your practices: {points} more points of governance maturity (step {next}).',
    },
    concern: { low: 'Strength', moderate: 'Worth watching', high: 'Priority' },
    concentrationWho:
      '{vendor} holds {count} of your {total} counted functions ({percent}% of their weight).',
    contradictionsTitle: 'Where your tools part from your values',
    actionsTitle: 'Your first three actions',
    action:
      '{function}: move from {from} to {to} (this function’s dependency: from {before} to {after} out of 100).',
    quickWin: 'Quick win',
    seePlan: 'See the full action plan',
  },
  charts: {
    title: 'Your numbers in pictures',
    numbers: 'The numbers of the chart “{chart}”',
    percent: '{percent}%',
    values: {
      title: 'Your values: importance and practice',
      finding:
        'One value is contradicted by your tools: {value}, importance {importance} out of 100, practice {practice}. | {count} values are contradicted by your tools; the largest gap: {value}, importance {importance} out of 100, practice {practice}.',
      findingNone: 'Your practice follows the values you rate as important: no gap of 25 points or more.',
      importance: 'Importance',
      practice: 'Practice',
      contradiction: 'marked gap',
      axis: 'Out of 100',
    },
    dependency: {
      title: 'How dependent each function is',
      finding:
        '{count} of your {total} counted functions is a priority (50 or more); the most dependent: {function}, {dependency} out of 100. | {count} of your {total} counted functions are priorities (50 or more); the most dependent: {function}, {dependency} out of 100.',
      findingNone: 'No function is counted yet.',
      axis: 'Dependency out of 100',
    },
    vendors: {
      title: 'Who holds your functions',
      finding:
        '{vendor} holds {percent}% of your functions (weighted by importance), {count} of them vital. | {vendor} holds {percent}% of your functions (weighted by importance), {count} of them vital.',
      findingNoVital:
        '{vendor} holds {percent}% of your functions (weighted by importance), none of them vital.',
      findingNone: 'No outside vendor: your tools are self-hosted or installed on your own devices.',
      vendor: 'Vendor',
      axis: 'Share of your functions (%)',
      others: 'Other vendors',
    },
    vendorKinds: {
      dominant: 'dominant platform',
      otherProprietary: 'other proprietary vendor',
      europeanOrSocial: 'European or social economy',
      ethicalHost: 'ethical host',
      described: 'described by you',
    },
  },
  plan: {
    title: 'Your action plan',
    intro:
      'Proposals ranked by what they bring for the effort they take. Each one is a possible step, at your own pace: you choose which to take and when.',
    none: 'No change of tool to propose: no function is above 25 out of 100 in dependency, or no alternative in the catalogue would lower it.',
    howGain: 'How is the gain computed?',
    groups: {
      quickWins: { title: 'Quick wins', help: 'Little effort for a real gain: a good place to start.' },
      sixMonths: {
        title: 'The six-month plan',
        help: 'The other most useful proposals, to carry out within six months.',
      },
      others: { title: 'Other proposals', help: 'To keep in mind for later.' },
    },
    proposalTitle: '{function}: {tool}',
    today: 'Today',
    proposed: 'Proposed',
    gainTitle: 'What it changes',
    gain: 'This function’s dependency would go from {from} to {to} out of 100, and your index from {di} to {newDi}.',
    improves: 'Values better served',
    effort: 'Effort',
    effortLevels: { low: 'low', medium: 'medium', high: 'high' },
    switching: 'to switch: {level}',
    running: 'to run it: {level}',
    cost: 'Cost',
    costs: {
      free: 'free',
      payWhatYouWant: 'pay what you want',
      seeOffer: 'paid: see the price on the host’s page',
      price: '{amount} {per} (price as of {date})',
      notListed: 'not in our data yet',
      yourTime: 'no subscription: your team’s time',
    },
    per: {
      month: 'a month',
      year: 'a year',
      userMonth: 'per person per month',
      userYear: 'per person per year',
      once: 'once',
    },
    routes: 'How to get there',
    colon: ':',
    selfHosted: 'Self-hosting: {note}',
    desktop: 'Software to install: {note}',
    limits: 'Limits: {limits}',
    mitigationsTitle: 'Making what you keep safer',
    mitigationsHelp:
      'For the tools you keep, by choice or for lack of an alternative, these steps lower the risk.',
    organisationWide: 'For the whole organisation',
    mitigations: {
      exportAndRestore: 'Export your data regularly, and try once to restore it elsewhere.',
      secondAdmin: 'Give admin access to a second person, through an account in the organisation’s name.',
      publishFirst:
        'Publish first on your own website or a federated account (Mastodon, PeerTube…), then relay on the platform.',
      movePersonalData: 'Move out of this tool the personal data that does not need to be there.',
      organisationAccounts:
        'Open your tools’ accounts with an organisation email address rather than “Sign in with…”.',
      twoFactorAdmins: 'Turn on two-factor authentication for every admin account.',
    },
  },
  choices: {
    title: 'The choices you stand by',
    intro:
      'Keeping a dominant tool is legitimate when it is a considered choice. Here are your choices, with your reasons, what they weigh and how to make them safer.',
    none: 'You have not marked any tool as a deliberate choice.',
    item: '{function}: {tools}',
    reason: 'Your reason: “{reason}”',
    noReason: 'No reason written: you can add one in the questionnaire.',
    dependency: 'Dependency of this function: {dependency} out of 100.',
    mitigations: 'To make it safer:',
  },
  map: {
    title: 'Your dependency map',
    intro:
      'On the left, your functions; in the middle, the tools that serve them; on the right, who holds those tools. The thicker a link, the more the function matters to you.',
    hint: 'Hover over an item, or move through the map with the Tab key, to read its details. Choose a vendor (click, Enter or Space) to see everything that depends on it.',
    graphLabel: 'Dependency map: {functions} functions, {tools} tools, {vendors} vendors',
    columns: {
      function: 'Your functions',
      tool: 'Your tools',
      vendor: 'Who holds them',
    },
    self: 'Your organisation itself',
    kinds: {
      dominant: 'Dominant platform',
      otherProprietary: 'Other proprietary vendor',
      described: 'Described by you',
      europeanOrSocial: 'European or social economy',
      ethicalHost: 'Ethical host',
      self: 'Self-hosted or local',
    },
    jurisdictions: {
      extraterritorial: 'extraterritorial laws',
      'eu-or-adequate': 'European law',
      'self-or-ethical-eu': 'your own or in Europe',
    },
    criticality: {
      minor: 'minor',
      important: 'important',
      vital: 'vital',
      unknown: 'importance not given',
    },
    dependencyShort: 'dependency {value}',
    dependency: 'dependency {value} out of 100',
    choice: 'choice',
    deliberateReason: 'Deliberate choice: {reason}',
    deliberate: 'Deliberate choice',
    warning: '⚠ Single point of failure',
    flags: {
      vitalFunctions: 'Holds several of your vital functions',
      login: 'Your sign-ins go through it',
      onePerson: 'Only one person holds the keys',
      personalAccount: 'Runs on a personal account',
    },
    described: 'tool described by you',
    lose: 'If this account closes, you lose: {functions}.',
    loseLogin: 'And every tool you sign in to with this account.',
    loseSelf: 'If your own installation goes down, you lose: {functions}.',
    toolServes: '{tool} serves: {functions}.',
    functionUses: '{function} relies on: {tools}.',
    selected: 'Selected: {name}',
    clear: 'Show everything',
    legend: {
      title: 'How to read the map',
      width: 'Link thickness: minor, important or vital function',
      dashed: 'Dashed link and “choice” badge: a deliberate choice',
      warning: 'Thick outline and “⚠”: a single point of failure',
    },
    table: {
      show: 'See the map as a table',
      caption: 'Each function, its tools and who holds them',
      function: 'Function',
      tool: 'Tool',
      vendor: 'Vendor',
      notes: 'Notes',
    },
    download: 'Download the map (PNG image)',
    fileName: 'dependency-map',
    downloadFailed: 'This browser could not create the image.',
    empty: 'The map will appear once a function in use has a known tool.',
    listTitle: '{vendor} · {kind}',
    listTools: 'Tools',
    listFunctions: 'Functions',
  },
  actions: {
    question: 'Where is this action?',
    notDecided: 'Not decided yet',
    statuses: {
      planned: 'Planned',
      inProgress: 'In progress',
      done: 'Done',
      declined: 'Declined',
    },
    badge: {
      planned: 'Action planned',
      inProgress: 'Action in progress',
      done: 'Action done',
      declined: 'Action declined',
    },
    note: 'Note',
    noteHelp: 'Saved when you leave the field; exported with the assessment.',
  },
  report: {
    heading: 'The report for your board',
    intro:
      'A PDF report to share with your board: the first page tells the essentials, the rest gives the detail. Or a CSV table of your answers and scores for a spreadsheet. Everything is prepared in this browser.',
    download: 'Download the report (PDF)',
    busy: 'Preparing the report…',
    ready: 'Report ready: {file}',
    failed:
      'The report could not be created in this browser ({reason}). Your answers have not changed: try again, or print this page.',
    csv: 'Download answers and scores (CSV)',
    csvReady: 'File ready: {file}',
    fileName: 'autonomy-report',
    title: 'Digital autonomy report',
    app: 'Digital autonomy self-assessment',
    page: 'page {page} / {total}',
    unnamed: 'Unnamed organisation',
    facts: {
      date: 'Date of the assessment',
      role: 'Role of the person who answered',
      versions: 'Versions',
      versionsValue: 'questionnaire v{questionnaire}, catalogue v{catalogue} (facts as of {date})',
      completeness: 'Answers complete',
      notGiven: 'not given',
    },
    sections: {
      summary: 'At a glance',
      map: 'The map of your dependencies',
      charts: 'Your numbers as charts',
      functions: 'Every function in detail',
      values: 'Your values against your practice',
      governance: 'Governance and practices',
      plan: 'The full action plan',
      choices: 'The choices you stand by',
      changes: 'What changed since the previous assessment',
      method: 'The method in brief',
      answers: 'Appendix: every answer',
    },
    path: 'Step {n} of 5: {name}',
    noLevel: 'No step yet: the answers about your tools are missing.',
    keyNumbers: {
      number: 'Key number',
      value: 'Value',
      reading: 'Reading',
      meaning: 'What it means',
    },
    noContradiction: 'No strong contradiction between your values and your tools.',
    firstActions: {
      action: 'Action',
      gain: 'Gain',
      effort: 'Effort',
      cost: 'Cost',
      gainValue: 'dependency {from} → {to} out of 100',
      replace: '{function}: replace {from} with {to}',
    },
    vendorsTitle: 'Who holds your functions (weighted share)',
    mapNote: 'The full map is on the next page.',
    mapLegend:
      'Vendor kinds are told apart by a pattern and written out under each name, so they stay readable printed in black and white.',
    functions: {
      function: 'Function',
      tools: 'Tools',
      vendor: 'Vendor',
      jurisdiction: 'Applicable law',
      criticality: 'Importance',
      data: 'Data',
      exit: 'Ability to leave',
      keys: 'Keys',
      dependency: 'Dependency',
      stance: 'Choice',
      deliberate: 'deliberate',
      default: 'by default',
      unused: 'not used',
      unknown: 'tool unknown',
      self: 'yourselves',
    },
    governance: {
      practice: 'Practice',
      answer: 'Answer',
      score: 'Score',
      maturity: 'Governance maturity: {value} out of 100.',
      none: 'No governance question has been answered.',
      commons: 'Contribution to the commons: {answer}.',
      yes: 'yes',
      no: 'no',
    },
    plan: {
      status: 'Where the action stands: {status}',
      note: 'Note: “{note}”',
      notDecided: 'not decided yet',
      host: '{host}: {text}',
    },
    method: {
      intro:
        'Each function gets a dependency D from 0 to 100, from five risks of its tools (business model, applicable law, licence, lock-in, market power), how much the use matters, the data it holds and the ability to leave. The dependency index is the mean of the D; concentration measures the share each vendor holds; fragility, the share of uses whose keys one person holds.',
      path: 'The step on the path combines the tools’ autonomy (70%) and governance maturity (30%); the last step also asks for a contribution to the commons.',
      catalogue:
        'The facts about tools come from the catalogue version {version}, as of {date}. The formulas in full are on the tool’s “Method” page.',
      unknown: 'An “I don’t know” answer counts as the middle of the scale and lowers completeness.',
    },
    answers: {
      intro: 'Every answer as given, including each written reason.',
      question: 'Question',
      answer: 'Answer',
      none: 'no answer',
      scale: '{value} out of 5',
      tools: 'Tools',
      reason: 'Reason',
      otherTool: '{name} (vendor: {vendor})',
    },
    changes: {
      what: 'What changed',
      before: 'Before',
      now: 'Now',
      since: 'Compared with the assessment of {date}.',
    },
  },
} satisfies SameKeys<typeof fr>
