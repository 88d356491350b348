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
} satisfies SameKeys<typeof fr>
