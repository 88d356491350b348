// Texts of the wizard's screens in English, mounted under `app.wizard`: exactly the keys of
// app.wizard.fr.ts, which the type below enforces.
import type fr from './app.wizard.fr'
import type { SameKeys } from '../schema'

export default {
  title: 'Assessment',
  sectionsDone: '{done} of {total} done',
  sections: 'Parts of the assessment',
  sectionOf: 'Part {n} of {m}',
  answered: '{percent}% answered',
  progressLabel: 'Assessment progress',
  state: {
    notStarted: 'not started',
    inProgress: 'in progress',
    done: 'done',
  },
  previous: 'Previous',
  next: 'Next',
  finish: 'See the results',
  saved: 'Saved on this device',
  updatedElsewhere: 'Updated with the answers given in another tab',
  saving: 'Saving…',
  saveFailed: {
    quota:
      'Not saved: this device’s storage is full. Free some space; your answers stay on screen while the tab is open.',
    unavailable:
      'Not saved: this browser does not allow saving (private browsing or storage turned off). Your answers stay on screen while the tab is open.',
    unknown:
      'Not saved: something unexpected went wrong. Your answers stay on screen; the next change will try again.',
  },
  required: 'An answer is required',
  requiredMark: 'required',
  charCount: '{count} / {max} characters',
  errorSummary: 'A required answer is missing:',
  dontKnow: 'I don’t know',
  clear: 'Clear the answer',
  whyWeAsk: 'Why we ask',
  noDraft: 'No assessment in progress.',
  backHome: 'Back to home',
  // The follow-ups in the wizard's compact rows: a column title and a word or two per option
  // (the full question and its help are in the "why" disclosure).
  short: {
    criticality: {
      label: 'Importance',
      minor: 'A little',
      important: 'A lot',
      vital: 'Vital',
    },
    keys: {
      label: 'Who holds the keys',
      team: 'Several people',
      provider: 'A provider',
      onePerson: 'One person',
      personalAccount: 'Personal account',
    },
    data: {
      label: 'Data',
      public: 'Public',
      internal: 'Internal',
      personal: 'Personal',
      sensitive: 'Sensitive',
    },
    exit: {
      label: 'Leaving',
      impossible: 'Impossible',
      notChecked: 'Never looked',
      exportPossible: 'Can export',
      exitTested: 'Exit tested',
    },
    stance: {
      label: 'Choice',
      default: 'By default',
      deliberate: 'Deliberate',
    },
  },
  fn: {
    notUsed: 'Not used',
    useUnknown: 'I don’t know',
    toolUnknown: 'An unidentified tool',
    other: 'Another tool…',
    noneUsed: 'We use none of these',
    inventory: 'Your tools, use by use',
    inventoryHelp: 'Tick the tools you use, several per use if needed, or “Not used”.',
    details: 'A few details on each use with a tool',
    detailsHelp: 'One row per use; it folds once complete.',
    detailsEmpty: 'Tick a tool above: its details will be asked here.',
    bulk: 'The same answer for several uses',
    bulkHelp:
      'A choice here fills in that question for every use that has not answered it yet; answers already given stay as they are.',
    why: 'Why these questions?',
    toAnswer: '{n} answer left | {n} answers left',
    otherTool: {
      legend: 'Describe the other tool',
      name: 'Tool name',
      vendor: 'Who provides it?',
      jurisdiction: 'Where is this provider based?',
      jurisdictionOptions: {
        extraterritorial: 'United States, China or another country with extraterritorial laws',
        'eu-or-adequate': 'European Union or a country deemed adequate (Switzerland, UK…)',
        'self-or-ethical-eu': 'With us, or with a European ethical host',
      },
      licence: 'Is it free/libre software?',
      licenceOptions: {
        libre: 'Yes, free/libre software',
        'open-core': 'Partly (a limited open edition)',
        proprietary: 'No, proprietary',
      },
      businessModel: 'How does the provider make money?',
      businessModelOptions: {
        'advertising-data': 'Advertising or use of data',
        freemium: 'Free with paid options',
        subscription: 'Paid subscription',
        'public-or-commons': 'Public service, donations or commons',
      },
      export: 'Can you export all your data?',
      exportOptions: {
        full: 'Yes, in open formats',
        partial: 'Partly, or in closed formats',
        none: 'No',
      },
      hosting: 'Where is the data?',
      hostingOptions: {
        'vendor-cloud': 'In the provider’s cloud',
        'ethical-host': 'With an ethical host',
        'self-hosted': 'On our own server',
        local: 'On our computers only',
      },
      add: 'Add this tool',
      remove: 'Remove {name}',
      nameRequired: 'Give at least the tool’s name.',
    },
  },
} satisfies SameKeys<typeof fr>
