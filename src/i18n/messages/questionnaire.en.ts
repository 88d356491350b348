/**
 * Texts of the question bank (mounted under `q`): exactly the keys of questionnaire.fr.ts,
 * which the type below enforces. No braces, at signs, dollar signs or vertical bars:
 * vue-i18n parses them.
 */
import type fr from './questionnaire.fr'
import type { SameKeys } from '../schema'

export default {
  section: {
    profile: {
      title: 'Your organisation',
      intro: 'A few facts to tailor the results: only the name is needed, the rest can wait.',
    },
    collaborate: {
      title: 'Working together',
      intro:
        'The tools you work with every day: email, files, documents, calendars, projects, members database.',
    },
    communicateInside: {
      title: 'Communicating inside',
      intro: 'The tools that carry information between staff, volunteers and governing bodies.',
    },
    communicateOutside: {
      title: 'Reaching out',
      intro:
        'The tools that connect you with your audiences: social networks, website, videos, newsletters, events.',
    },
    runOrganisation: {
      title: 'Running the organisation',
      intro: 'Money, logins, devices and AI: what keeps the organisation going day to day.',
    },
    values: {
      title: 'Your values',
      intro:
        'Rate what matters to your organisation: there are no right answers, and your priorities weigh in how the results read.',
    },
    governance: {
      title: 'Governance and practices',
      intro: 'How digital choices are made and lived in your organisation, beyond the tools themselves.',
    },
  },

  profile: {
    name: {
      label: 'Name of the organisation',
      help: 'It identifies the diagnostic in progress and stays on this device unless you download your answers.',
    },
    kind: {
      label: 'What kind of organisation is it?',
      help: 'What is at stake, and the room for manoeuvre, depend on the legal form.',
      options: {
        association: 'Association (non-profit)',
        foundation: 'Foundation or endowment fund',
        cooperative: 'Cooperative',
        union: 'Trade union',
        collective: 'Informal collective',
        publicBody: 'Public body',
        other: 'Other',
      },
    },
    staff: {
      label: 'How many paid staff does it have?',
      help: 'The size of the paid team changes what is realistic to take on.',
      options: {
        none: 'None',
        from1to5: '1–5',
        from6to20: '6–20',
        from21to50: '21–50',
        over50: 'More than 50',
      },
    },
    volunteers: {
      label: 'How many active volunteers?',
      help: 'Volunteers often bring their own tools, so their number matters too.',
      options: {
        none: 'None',
        from1to10: '1–10',
        from11to50: '11–50',
        from51to200: '51–200',
        over200: 'More than 200',
      },
    },
    budget: {
      label: 'What is its annual budget?',
      help: 'Suggestions take your means into account.',
      options: {
        under10k: 'Under €10,000',
        from10kTo100k: '€10,000 to €100,000',
        from100kTo1m: '€100,000 to €1 million',
        over1m: 'Over €1 million',
      },
    },
    sector: {
      label: 'What is its main field of action?',
      help: 'Some fields handle more sensitive data than others.',
      options: {
        socialAction: 'Social action and welfare',
        health: 'Health and care',
        education: 'Education, youth and training',
        culture: 'Culture and heritage',
        sport: 'Sport and leisure',
        environment: 'Environment and ecological transition',
        internationalSolidarity: 'International solidarity',
        advocacy: 'Human rights and advocacy',
        localDevelopment: 'Local development and social economy',
        other: 'Other',
      },
    },
    country: {
      label: 'Where is it based?',
      help: 'Which rules apply to your data depends partly on the country.',
      options: {
        france: 'France',
        belgium: 'Belgium',
        switzerland: 'Switzerland',
        canada: 'Canada, Quebec',
        otherEu: 'Another European Union country',
        other: 'Another country',
      },
    },
    role: {
      label: 'What is your role in the organisation?',
      help: 'Several people may answer: your role helps read the answers side by side.',
      options: {
        employee: 'Paid staff',
        volunteer: 'Volunteer',
        boardMember: 'Board member',
        director: 'Director or coordinator',
        other: 'Other',
      },
    },
  },

  fn: {
    payroll: {
      label: 'How are payroll and employee declarations done?',
      help: 'Payslips and social declarations hold personal data you must be able to find again.',
    },
    esignature: {
      label: 'Which tool do you use to have documents signed remotely (agreements, contracts)?',
      help: 'Signed documents have legal weight: you must be able to keep them and find them again.',
    },
    phone: {
      label: 'Which phone and text-message services does the organisation use?',
      help: 'A number in one person’s name leaves with them; text messages also recover accounts.',
    },
    email: {
      label:
        "Which service hosts the organisation’s addresses (contact{'@'}your-org.org, your-org{'@'}gmail.com)?",
      help: 'Email is often how every other account gets recovered, so who runs it matters a lot.',
    },
    files: {
      label: 'Where are the organisation’s files stored and shared?',
      help: 'Shared files hold much of the organisation’s memory.',
    },
    office: {
      label: 'Which tools do you use to write and co-edit documents, spreadsheets and slides?',
      help: 'The formats of your documents partly decide how freely you can change tools.',
    },
    calendar: {
      label: 'How do you manage shared calendars and find meeting dates?',
      help: 'Calendars and polls show who meets, when and where.',
    },
    projects: {
      label: 'Which tool do you use to track projects and tasks?',
      help: 'Project tracking gathers decisions, deadlines and who does what.',
    },
    knowledge: {
      label: 'Where is the organisation’s know-how written down (notes, procedures, wiki)?',
      help: 'Procedures and notes are precious on the day you need to take them elsewhere.',
    },
    crm: {
      label: 'Where do you keep your members, volunteers and donors database?',
      help: 'This is often where most of your personal data lives.',
    },
    forms: {
      label: 'Which tool do you use for sign-up forms and surveys?',
      help: 'Forms collect personal, sometimes sensitive, data on your organisation’s behalf.',
    },
    maps: {
      label: 'Which tool do you use for maps (directions, maps of your places or actions)?',
      help: 'A map embedded on your website often passes visitors’ data to the service behind it.',
    },
    design: {
      label: 'Which tools do you use for posters, visuals and videos?',
      help: 'Your visuals and templates are assets you will want to be able to take with you.',
    },
    team_chat: {
      label: 'Which tool do you use for ongoing internal chat (channels, threads)?',
      help: 'Day-to-day chat holds a lot of internal, sometimes sensitive, information.',
    },
    video: {
      label: 'Which video-meeting tool do you use?',
      help: 'Remote meetings carry voices, faces and internal discussions.',
    },
    mobile_messaging: {
      label: 'Which mobile messaging app do members use for group conversations?',
      help: 'Messaging groups often become work tools without anyone choosing them as such.',
    },
    governance: {
      label: 'How do you run remote decisions and votes (general meeting, board)?',
      help: 'Votes and general meetings are at the heart of your organisation’s democratic life.',
    },
    social: {
      label: 'On which social networks does the organisation publish?',
      help: 'Being there can be a sound strategic choice, as long as it is made knowingly.',
    },
    video_hosting: {
      label: 'Where do you publish your videos?',
      help: 'The platform that streams your videos decides what your audience sees around them.',
    },
    website: {
      label: 'What is your website built with, and who hosts it?',
      help: 'Your website is your public address: knowing who hosts it helps you stay in control of it.',
    },
    newsletters: {
      label: 'How do you send newsletters and mailing-list messages?',
      help: 'These lists hold your audience’s addresses, and the tool often tracks who reads what.',
    },
    events: {
      label: 'How do you announce events and handle registrations?',
      help: 'Registrations collect data about the people who follow you.',
    },
    analytics: {
      label: 'Do you measure your website’s audience? With which tool?',
      help: 'Some analytics tools pass your visitors’ data on to third parties.',
    },
    payments: {
      label: 'How do you collect membership fees, donations and paid registrations?',
      help: 'Payments involve financial data and your relationship with donors.',
    },
    accounting: {
      label: 'Which tool do you use for accounting?',
      help: 'Your accounts need to stay readable and exportable for years.',
    },
    passwords: {
      label: 'How does the organisation manage shared passwords?',
      help: 'Well-managed logins protect you when someone leaves or an account is hacked.',
    },
    devices: {
      label: 'Which operating systems run on the organisation’s computers and phones?',
      help: 'The operating system shapes which software you can run and how long devices last.',
    },
    browser_search: {
      label: 'Which browser and search engine are used by default?',
      help: 'Your browser and search engine see much of what you do online.',
    },
    genai: {
      label: 'Do you use generative AI assistants? Which ones?',
      help: 'What you share with an AI assistant may be kept or reused by its provider.',
    },
    identity: {
      label: 'How do people log into your tools (own accounts, “Sign in with Google”)?',
      help: 'Using one account to log in everywhere creates a single point of failure.',
    },
  },

  followUp: {
    criticality: {
      label: 'How much does your work rely on it?',
      help: 'The more vital the use, the more the dependency weighs.',
      options: {
        minor: 'A little',
        important: 'A lot',
        vital: 'Vital: without it, the work stops',
      },
    },
    keys: {
      label: 'Who can administer this tool (restore access, add someone, export everything)?',
      help: 'If one person alone holds the keys, the organisation loses the tool the day they leave.',
      options: {
        team: 'At least two people, with accounts in the organisation’s name',
        provider: 'A provider under contract with the organisation',
        onePerson: 'One person only',
        personalAccount:
          'It runs on a member’s personal account (a personal Gmail, a volunteer’s own Facebook profile)',
      },
    },
    data: {
      label: 'What data does it hold?',
      help: 'The more personal the data, the higher the stakes.',
      options: {
        public: 'Public',
        internal: 'Internal to the organisation',
        personal: 'Personal data (members, volunteers, donors)',
        sensitive: 'Sensitive personal data (health, opinions, social situation…)',
      },
    },
    exit: {
      label: 'Could you leave it tomorrow?',
      help: 'Knowing how to get your data back keeps you free to change.',
      options: {
        impossible: 'No, not possible today',
        notChecked: 'We have never looked into it',
        exportPossible: 'We know how to export our data',
        exitTested: 'We have tested leaving (export, then import elsewhere)',
      },
    },
    stance: {
      label: 'Is this tool a choice?',
      help: 'Keeping a dominant tool can be a sound decision, when it is made knowingly.',
      options: {
        default: 'By default: it just happened',
        deliberate: 'A deliberate choice',
      },
    },
    reason: {
      label: 'For what reason?',
      help: 'For example: “our audience is on Facebook”.',
    },
  },
  importance: {
    min: 'Not a priority',
    max: 'Essential to us',
  },

  value: {
    privacy: {
      label: 'Privacy and data protection (GDPR)',
      help: 'Collect as little personal data as possible about members, beneficiaries and donors, and keep control of who accesses it and why.',
    },
    sovereignty: {
      label: 'Sovereignty and jurisdiction',
      help: 'Know which legal system governs each tool and whether a foreign authority can demand access to the data or cut off the service.',
    },
    commons: {
      label: 'Commons and free licences',
      help: 'Prefer software and content under free licences that anyone can study, modify and reuse, and contribute back to these commons.',
    },
    ethicalModel: {
      label: 'Ethical business model',
      help: 'Prefer tools funded by subscriptions, donations, membership fees or public money rather than by targeted advertising and data exploitation.',
    },
    reversibility: {
      label: 'Reversibility, interoperability and open formats',
      help: 'Be able to retrieve all your data in open formats and switch tools without losing everything.',
    },
    sobriety: {
      label: 'Environmental sobriety',
      help: 'Limit the material and energy footprint: keep devices longer, avoid heavy services (video, AI) when a simple tool is enough.',
    },
    accessibility: {
      label: 'Accessibility and inclusion',
      help: 'Tools everyone can use, including disabled and older people, people with few digital skills or a poor connection.',
    },
    democracy: {
      label: 'Democratic and decentralised governance',
      help: 'Make digital choices together, and prefer federated services or services governed by their users over centralised platforms.',
    },
    security: {
      label: 'Security of accounts and data',
      help: 'Protect accounts and data against loss, theft and intrusion, in proportion to the organisation’s risks.',
    },
  },

  gov: {
    strategy: {
      label: 'Does the organisation have a written digital strategy?',
      help: 'A written strategy helps you choose your tools rather than put up with them.',
      options: {
        written: 'Yes, written down and shared',
        partial: 'Partly: a few guidelines, or a draft in progress',
        none: 'Not yet',
      },
    },
    decisionMaker: {
      label: 'Who decides which digital tools the organisation uses?',
      help: 'Choosing a tool is a political choice too, so who makes it matters.',
      options: {
        boardOrCollective: 'The board, or a collective decision',
        staffBoardInformed: 'The team or a manager, keeping the board informed',
        whoeverSetsUp: 'Whoever sets the tool up, or nobody in particular',
      },
    },
    boardDiscussion: {
      label: 'Does the board discuss digital choices?',
      help: 'An informed board can weigh cost, convenience and fit with your values.',
      options: {
        regularly: 'Yes, regularly (at least once a year)',
        occasionally: 'Now and then, when an issue comes up',
        never: 'Never or hardly ever',
      },
    },
    budget: {
      label: 'Is there a budget for ethical or alternative tools?',
      help: 'Ethical services often live on contributions, and a small budget is sometimes all it takes to switch.',
      options: {
        dedicated: 'Yes, a dedicated budget line',
        caseByCase: 'Case by case, when a need arises',
        none: 'No, nothing is set aside',
      },
    },
    training: {
      label: 'Are staff and volunteers offered training on digital tools?',
      help: 'A change of tool works when everyone feels able to use it.',
      options: {
        regularly: 'Yes, regularly',
        occasionally: 'Sometimes, or informally between peers',
        none: 'Not yet',
      },
    },
    gdprRecord: {
      label: 'Does the organisation keep a record of its personal-data processing (GDPR)?',
      help: 'The record shows which personal data sits where, and with which provider.',
      options: {
        upToDate: 'Yes, kept up to date',
        partial: 'It exists, but it is incomplete or out of date',
        none: 'Not yet',
      },
    },
    backups: {
      label: 'Is important data backed up, and has restoring it been tested?',
      help: 'A backup only helps if you can restore it, including when an account is closed.',
      options: {
        tested: 'Yes, regular backups and a tested restore',
        untested: 'Backups, but never tested',
        none: 'No backup outside the tool itself',
      },
    },
    twoFactor: {
      label:
        'Is two-factor authentication (a code on top of the password) turned on for the organisation’s main accounts (email, bank, social media)?',
      help: 'The code arrives on a phone or in an app when you sign in: a stolen password is no longer enough to get in.',
      options: {
        all: 'Yes, on all main accounts',
        some: 'On some of them',
        none: 'Not yet',
      },
    },
    twoFactorMethod: {
      label: 'Where does that extra code usually come from?',
      help: 'Codes sent by text message protect less well than an app or a security key.',
      options: {
        appOrKey: 'An authenticator app, a security key or a passkey',
        smsOrEmail: 'Codes sent by text message or email',
      },
    },
    nonprofitPrograms: {
      label:
        'Does the organisation rely on free or discounted offers that a software or online-service provider reserves for nonprofits?',
      help: 'These offers help, but they can tie you to a single vendor who remains free to change the terms.',
      options: {
        none: 'No',
        some: 'Yes, for a few tools we could do without',
        core: 'Yes, our main tools depend on it',
      },
    },
    deviceLifespan: {
      label: 'Do you keep your devices for a long time, or buy refurbished ones?',
      help: 'Making devices accounts for the largest share of digital technology’s environmental footprint.',
      options: {
        usually: 'Yes, that is what we usually do',
        sometimes: 'Sometimes',
        rarely: 'Rarely: we replace equipment often, mostly with new',
      },
    },
    accessibility: {
      label:
        'Are your website and documents designed to be accessible (disability, easy-to-read, slow connections)?',
      help: 'Accessible content reaches all your audiences, including people digital tools often leave out.',
      options: {
        checked: 'Yes, checked against a standard (WCAG) or with the people concerned',
        partial: 'Partly: alt text, contrast, plain language…',
        notYet: 'Not yet',
      },
    },
    commons: {
      label:
        'Does the organisation contribute to the digital commons (donations to free-software projects or ethical hosts, bug reports, translations, documentation)?',
      help: 'Free tools live on contributions of every kind from the people who use them.',
      options: {
        regularly: 'Yes, regularly',
        occasionally: 'Now and then',
        notYet: 'Not yet',
      },
    },
    domainName: {
      label:
        'Is the organisation’s domain name (your-org.org) registered in its name, and can at least two people renew it?',
      help: 'Lose the domain name and the website’s address and every email address go with it.',
      options: {
        organisationTwoPeople: 'Yes, in the organisation’s name, and at least two people have access',
        organisationOnePerson: 'In the organisation’s name, but only one person has access',
        personOrUnknownOwner: 'It is in a person’s name, or we do not know whose',
        noDomain: 'We have no domain name',
      },
    },
    personalDevices: {
      label:
        'Does the organisation’s data go through personal devices or accounts (laptops, phones, private messaging)?',
      help: 'A personal device leaves with its owner, and the organisation cannot tell how it is protected.',
      options: {
        rarely: 'Rarely: the organisation provides what is needed',
        sometimes: 'Sometimes',
        often: 'Often, it is the rule',
      },
    },
    continuity: {
      label: 'If the person who looks after the tools left tomorrow, could others carry on?',
      help: 'Written access and procedures keep one departure from stopping the organisation.',
      options: {
        documented: 'Yes, access and procedures are written down and shared',
        partly: 'In part',
        no: 'No, it all rests on them',
      },
    },
  },
} as const satisfies SameKeys<typeof fr>
