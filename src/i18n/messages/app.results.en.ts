// Texts of the results page in English, mounted under `app.results`: exactly the keys of
// app.results.fr.ts, which the type below enforces.
import type fr from './app.results.fr'
import type { SameKeys } from '../schema'

export default {
  title: 'Results',
  heading: 'Your results',
  noAnswers: 'No answers to analyse yet.',
  completeness: 'Answers {percent}% complete',
  completenessHelp: '“I don’t know” and unanswered questions do not count in the scores.',
  outOf100: 'out of 100',
  notComputed: 'Not computable yet',
  backToWizard: 'Back to the questionnaire',
  howComputed: 'How is this calculated?',
  export: 'Download my answers (JSON file)',
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
    governance: {
      title: 'Governance maturity',
      explanation:
        'Your practices: a written strategy, shared decisions, backups, two-factor authentication, training… 100: everything is in place.',
    },
    completeness: {
      title: 'Answers complete',
      explanation:
        'The share of questions with a usable answer. The higher it is, the more the numbers can be trusted.',
    },
  },
  findings: {
    title: 'What your answers say',
    contradictionsTitle: 'Values and practice',
    contradiction:
      '{value}: you rate it as important ({rating} out of 5), but your current tools live up to it at {practice} out of 100.',
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
} satisfies SameKeys<typeof fr>
