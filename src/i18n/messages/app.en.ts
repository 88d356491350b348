// Screen texts in English; same keys as app.fr.ts (tested).
export default {
  name: 'Digital autonomy',
  tagline: 'A self-assessment of the digital dependencies of public-interest organisations',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main navigation',
    home: 'Home',
    method: 'How scores are computed',
  },
  language: {
    label: 'Language',
    switchTo: 'Français',
    switchToLabel: 'Passer en français',
  },
  footer: {
    privacy: 'This tool runs entirely in your browser: your answers never leave this device.',
  },
  home: {
    title: 'Home',
    heading: 'Are your digital tools choices?',
    lead: 'A self-assessment for associations, foundations, cooperatives and collectives: which tools you use, whom you depend on, and whether that fits your values.',
    duration: 'It takes 30 to 45 minutes. You can stop at any time and pick up where you left off.',
    promise: 'Your answers never leave this device. No account, nothing sent, no tracking.',
    notBoycott:
      'This is not about leaving everything: keeping a dominant tool can be a sound choice, as long as it is a choice.',
    start: 'Start an assessment',
    draftHeading: 'Assessment in progress',
    draftUnnamed: 'Unnamed organisation',
    draftSummary: '{percent}% answered · last saved {date}',
    continue: 'Continue the assessment',
    startNew: 'Start again from scratch',
    confirmNew: 'The assessment in progress will be erased from this device. Continue?',
    seeResults: 'See the results',
    unreadable:
      'The assessment saved on this device could not be read (it may be damaged, or come from a newer version of the tool). It has been set aside, not erased. You can start a new assessment.',
    unreadableDetails: 'Technical details',
    storageUnavailable:
      'This browser does not allow saving on this device (private browsing or storage turned off). You can answer, but your answers will be lost when the tab closes.',
    loading: 'Loading…',
  },
  wizard: {
    title: 'Assessment',
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
    errorSummary: 'A required answer is missing:',
    dontKnow: 'I don’t know',
    clear: 'Clear the answer',
    whyWeAsk: 'Why we ask',
    noDraft: 'No assessment in progress.',
    backHome: 'Back to home',
    fn: {
      use: 'Do you use a tool for this?',
      useYes: 'Yes',
      useNo: 'No, we don’t use one',
      tools: 'Which tool or tools?',
      toolsHelp: 'You can pick several.',
      search: 'Filter the list',
      searchPlaceholder: 'A tool’s name',
      noMatch: 'No tool matches; choose “Other”.',
      dominant: 'Dominant platforms',
      alternatives: 'Alternatives',
      otherGroup: 'Other',
      other: 'Another tool, not in the list',
      toolUnknown: 'I don’t know which tool',
      chosen: 'Chosen tools',
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
  },
  import: {
    label: 'Open an assessment file (JSON)',
    help: 'A file downloaded from this tool, on this device or another. It stays on your device.',
    failed: {
      unreadable: 'This file could not be read: it is not a JSON file.',
      notAssessment: 'This file is not an assessment saved by this tool, or it is damaged.',
      otherVersion:
        'This assessment was filled in with another version of the questionnaire, which this tool cannot read.',
      mismatch: 'This assessment contains answers this questionnaire does not know.',
    },
    nothingChanged: 'Nothing has been changed.',
    confirmReplace: 'The assessment in progress will be replaced by the one in the file. Continue?',
  },
  results: {
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
        '{vendor} holds {count} of your vital functions ({functions}): if this vendor changes its terms or closes your account, everything stops at once.',
      login:
        'Your logins go through {vendor} ({tool}): if that account is lost or closed, every tool behind it goes too.',
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
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist.',
  },
}
