// Texts of the results page (French, the reference), mounted under `app.results`: loaded with
// the routes that show them, not on the home page. Keys mirror app.results.en.ts exactly (typed).
export default {
  title: 'Résultats',
  heading: 'Vos résultats',
  noAnswers: 'Pas encore de réponses à analyser.',
  completeness: 'Réponses complètes à {percent} %',
  completenessHelp:
    'Les « je ne sais pas » et les questions sans réponse ne comptent pas dans les scores. Ce chiffre peut donc être plus bas que le « % répondu » du questionnaire, qui compte toute réponse, « je ne sais pas » compris.',
  outOf100: 'sur 100',
  notComputed: 'Pas encore calculable',
  backToWizard: 'Revenir au questionnaire',
  howComputed: 'Comment est-ce calculé ?',
  export: 'Télécharger mes réponses (fichier JSON)',
  finish: {
    // src/components/results/ResultsFinish.vue: keeps the diagnostic as a dated assessment.
    title: 'Diagnostic {year}',
    button: 'Enregistrer comme terminé : {name}',
    help: 'Il restera sur cet appareil, daté et nommé, dans la liste de l’accueil : vous pourrez le comparer au prochain. Répondre à nouveau à une question le rouvrira.',
  },
  path: {
    title: 'Où en êtes-vous sur le chemin ?',
    level: 'Étape {n} sur 5 :',
    unknown: 'Répondez aux questions sur vos outils pour situer votre organisation sur le chemin.',
  },
  cardsTitle: 'Les chiffres clés',
  cards: {
    dependencyIndex: {
      title: 'Indice de dépendance',
      explanation:
        'À quel point vos activités reposent sur des outils qui exploitent les données, relèvent de lois étrangères ou enferment. 0 : aucune dépendance ; 100 : dépendance maximale.',
    },
    concentration: {
      title: 'Concentration des fournisseurs',
      explanation:
        'Si un seul fournisseur tient toutes vos fonctions, elle vaut 100 ; plus vos outils sont répartis ou auto-hébergés, plus elle baisse.',
    },
    fragility: {
      title: 'Fragilité',
      explanation:
        'La part de vos fonctions qu’une seule personne ou un compte personnel tient. 0 : les clés sont partagées ; 100 : tout repose sur une personne.',
    },
    governance: {
      title: 'Maturité de la gouvernance',
      explanation:
        'Vos pratiques : stratégie écrite, décisions partagées, sauvegardes, double authentification, formation… 100 : tout est en place.',
    },
    completeness: {
      title: 'Réponses complètes',
      explanation:
        'La part des questions qui ont une réponse utilisable (« je ne sais pas » n’en est pas une, d’où l’écart possible avec le « % répondu » du questionnaire). Plus elle est haute, plus les chiffres sont fiables.',
    },
  },
  findings: {
    title: 'Ce que disent vos réponses',
    contradictionsTitle: 'Valeurs et pratiques',
    contradiction:
      '{value} : vous lui donnez une importance de {rating} sur 5, mais la pratique de vos outils actuels n’atteint que {practice} sur 100.',
    noContradiction:
      'Aucune contradiction forte entre les valeurs que vous jugez importantes et vos outils actuels.',
    singlePointsTitle: 'Points de fragilité',
    vital:
      '{vendor} détient votre fonction vitale {functions} : si ce fournisseur change ses conditions ou ferme votre compte, elle s’arrête. | {vendor} détient {count} de vos fonctions vitales ({functions}) : si ce fournisseur change ses conditions ou ferme votre compte, tout s’arrête en même temps.',
    login:
      'Vos connexions passent par {vendor} ({tool}) : si ce compte est perdu ou fermé, tous les outils qui en dépendent le sont aussi.',
    person: {
      onePerson:
        '{function} : une seule personne peut administrer cet usage vital. Si elle s’en va ou perd son accès, la structure le perd aussi.',
      personalAccount:
        '{function} : cet usage vital repose sur le compte personnel d’un⋅e membre. Si cette personne part, le compte part avec elle.',
    },
    noSinglePoint: 'Aucun fournisseur ne concentre plusieurs fonctions vitales.',
  },
  detailsTitle: 'Le détail',
  valuesTable: {
    caption: 'Vos valeurs : importance déclarée, pratique et écart (sur 100)',
    value: 'Valeur',
    importance: 'Importance',
    practice: 'Pratique',
    gap: 'Écart',
    rating: '{rating} sur 5',
    note: 'Un tiret signale une valeur non notée ou qu’aucune réponse ne permet encore de mesurer.',
  },
  functionsTable: {
    caption: 'Vos fonctions, de la plus dépendante à la moins dépendante (dépendance sur 100)',
    function: 'Fonction',
    tools: 'Outils',
    dependency: 'Dépendance',
    stance: 'Choix',
    unknown: 'Fonctions dont l’outil n’est pas encore connu, non comptées : {count}.',
  },
  summary: {
    organisation: '{name}, diagnostic du {date}',
    unnamed: 'Votre organisation, diagnostic du {date}',
    topTitle: 'Et maintenant :',
    nextTitle: 'Pour passer à l’étape suivante :',
    next: {
      top: 'vous êtes à la dernière étape. Gardez ce cap et partagez ce qui marche avec d’autres organisations.',
      fragility:
        'donnez à une deuxième personne les clés de vos outils vitaux (un accès administrateur, par un compte au nom de la structure). Vos outils vous placent déjà plus haut.',
      commons:
        'contribuez aux communs (un don, du temps ou du code pour les logiciels libres que vous utilisez) : vos outils et vos pratiques vous y placent déjà.',
      lowerIndex:
        'baissez votre indice de dépendance de {points} point (étape {next}). | baissez votre indice de dépendance de {points} points (étape {next}).',
      andKeys: ' Il faudra aussi qu’une deuxième personne ait les clés de vos outils vitaux.',
      andCommons: ' Il faudra aussi contribuer aux communs.',
      raiseGovernance:
        'renforcez vos pratiques : gagnez {points} point de maturité de la gouvernance (étape {next}). | renforcez vos pratiques : gagnez {points} points de maturité de la gouvernance (étape {next}).',
    },
    concern: { low: 'Point fort', moderate: 'À surveiller', high: 'Priorité' },
    concentrationWho: '{vendor} tient {count} de vos {total} fonctions comptées ({percent} % de leur poids).',
    contradictionsTitle: 'Là où vos outils s’écartent de vos valeurs',
    actionsTitle: 'Vos trois premières actions',
    action:
      '{function} : remplacer {from} par {to} (dépendance de cette fonction : de {before} à {after} sur 100).',
    quickWin: 'Gain rapide',
    seePlan: 'Voir le plan d’action complet',
  },
  charts: {
    title: 'Vos chiffres en images',
    numbers: 'Les chiffres du graphique « {chart} »',
    percent: '{percent} %',
    values: {
      title: 'Vos valeurs : importance et pratique',
      finding:
        'Une valeur est contredite par vos outils : {value}, importance {importance} sur 100, pratique {practice}. | {count} valeurs sont contredites par vos outils ; l’écart le plus grand : {value}, importance {importance} sur 100, pratique {practice}.',
      findingNone:
        'Vos pratiques suivent les valeurs que vous jugez importantes : aucun écart de 25 points ou plus.',
      importance: 'Importance',
      practice: 'Pratique',
      contradiction: 'écart marqué',
      axis: 'Sur 100',
    },
    dependency: {
      title: 'La dépendance de chaque fonction',
      finding:
        '{count} de vos {total} fonctions comptées est une priorité (50 ou plus) ; la plus dépendante : {function}, {dependency} sur 100. | {count} de vos {total} fonctions comptées sont des priorités (50 ou plus) ; la plus dépendante : {function}, {dependency} sur 100.',
      findingNone: 'Aucune fonction n’est encore comptée.',
      axis: 'Dépendance sur 100',
    },
    vendors: {
      title: 'Qui tient vos fonctions',
      finding:
        '{vendor} tient {percent} % de vos fonctions (pondérées par leur importance), dont {count} vitale. | {vendor} tient {percent} % de vos fonctions (pondérées par leur importance), dont {count} vitales.',
      findingNoVital:
        '{vendor} tient {percent} % de vos fonctions (pondérées par leur importance), aucune vitale.',
      findingNone: 'Aucun fournisseur extérieur : vos outils sont auto-hébergés ou installés chez vous.',
      vendor: 'Fournisseur',
      axis: 'Part de vos fonctions (%)',
      others: 'Autres fournisseurs',
    },
    vendorKinds: {
      dominant: 'plateforme dominante',
      otherProprietary: 'autre éditeur propriétaire',
      europeanOrSocial: 'européen ou de l’ESS',
      ethicalHost: 'hébergeur éthique',
      described: 'décrit par vous',
    },
  },
  plan: {
    title: 'Votre plan d’action',
    intro:
      'Des propositions classées par ce qu’elles apportent pour l’effort demandé. Chacune est un pas possible, à votre rythme : vous choisissez lesquels faire et quand.',
    none: 'Aucun changement d’outil à proposer : aucune fonction ne dépasse 25 sur 100 de dépendance, ou aucune alternative du catalogue ne la ferait baisser.',
    howGain: 'Comment le gain est-il calculé ?',
    groups: {
      quickWins: { title: 'Les gains rapides', help: 'Peu d’effort pour un vrai gain : de quoi commencer.' },
      sixMonths: {
        title: 'Le plan à six mois',
        help: 'Les autres propositions les plus utiles, à mener dans les six mois.',
      },
      others: { title: 'Les autres propositions', help: 'À garder en tête pour la suite.' },
    },
    proposalTitle: '{function} : {tool}',
    today: 'Aujourd’hui',
    proposed: 'Proposé',
    gainTitle: 'Ce que ça change',
    gain: 'La dépendance de cette fonction passerait de {from} à {to} sur 100, et votre indice de {di} à {newDi}.',
    improves: 'Valeurs mieux servies',
    effort: 'Effort',
    effortLevels: { low: 'faible', medium: 'moyen', high: 'important' },
    switching: 'pour passer : {level}',
    running: 'pour le faire tourner : {level}',
    cost: 'Coût',
    costs: {
      free: 'gratuit',
      payWhatYouWant: 'prix libre',
      seeOffer: 'payant : voir le prix sur la page de l’hébergeur',
      price: '{amount} {per} (prix au {date})',
      notListed: 'pas encore renseigné dans nos données',
      yourTime: 'pas d’abonnement : le temps de votre équipe',
    },
    per: {
      month: 'par mois',
      year: 'par an',
      userMonth: 'par personne et par mois',
      userYear: 'par personne et par an',
      once: 'une fois',
    },
    routes: 'Comment y aller',
    colon: ' :',
    selfHosted: 'Auto-hébergement : {note}',
    desktop: 'Logiciel à installer : {note}',
    limits: 'Limites : {limits}',
    mitigationsTitle: 'Rendre plus sûr ce que vous gardez',
    mitigationsHelp:
      'Pour les outils que vous gardez, par choix ou faute d’alternative, ces gestes réduisent le risque.',
    organisationWide: 'Pour toute l’organisation',
    mitigations: {
      exportAndRestore: 'Exportez vos données régulièrement et essayez une fois de les restaurer ailleurs.',
      secondAdmin:
        'Donnez un accès administrateur à une deuxième personne, par un compte au nom de la structure.',
      publishFirst:
        'Publiez d’abord sur votre site ou un compte fédéré (Mastodon, PeerTube…), puis relayez sur la plateforme.',
      movePersonalData: 'Sortez de cet outil les données personnelles qui n’ont pas besoin d’y être.',
      organisationAccounts:
        'Créez les comptes de vos outils avec une adresse de la structure plutôt qu’avec « Se connecter avec… ».',
      twoFactorAdmins: 'Activez la double authentification sur tous les comptes administrateurs.',
    },
  },
  choices: {
    title: 'Les choix que vous assumez',
    intro:
      'Garder un outil dominant est légitime quand c’est un choix réfléchi. Voici vos choix, avec vos raisons, ce qu’ils pèsent et comment les rendre plus sûrs.',
    none: 'Vous n’avez marqué aucun outil comme un choix assumé.',
    item: '{function} : {tools}',
    reason: 'Votre raison : « {reason} »',
    noReason: 'Pas de raison écrite : vous pouvez l’ajouter dans le questionnaire.',
    dependency: 'Dépendance de cette fonction : {dependency} sur 100.',
    mitigations: 'Pour le rendre plus sûr :',
  },
  map: {
    title: 'La carte de vos dépendances',
    intro:
      'À gauche, vos fonctions ; au centre, les outils qui les servent ; à droite, qui détient ces outils. Plus un lien est épais, plus la fonction compte pour vous.',
    hint: 'Survolez un élément ou parcourez la carte avec la touche Tab pour lire son détail. Choisissez un fournisseur (clic, Entrée ou Espace) pour voir tout ce qui en dépend.',
    graphLabel: 'Carte des dépendances : {functions} fonctions, {tools} outils, {vendors} fournisseurs',
    columns: {
      function: 'Vos fonctions',
      tool: 'Vos outils',
      vendor: 'Qui les détient',
    },
    self: 'Votre structure elle-même',
    kinds: {
      dominant: 'Plateforme dominante',
      otherProprietary: 'Autre éditeur propriétaire',
      described: 'Décrit par vous',
      europeanOrSocial: 'Européen ou économie sociale',
      ethicalHost: 'Hébergeur éthique',
      self: 'Auto-hébergé ou local',
    },
    jurisdictions: {
      extraterritorial: 'lois extraterritoriales',
      'eu-or-adequate': 'droit européen',
      'self-or-ethical-eu': 'chez vous ou en Europe',
    },
    criticality: {
      minor: 'secondaire',
      important: 'importante',
      vital: 'vitale',
      unknown: 'importance non précisée',
    },
    dependencyShort: 'dépendance {value}',
    dependency: 'dépendance {value} sur 100',
    choice: 'choix',
    deliberateReason: 'Choix assumé : {reason}',
    deliberate: 'Choix assumé',
    warning: '⚠ Point de fragilité',
    flags: {
      vitalFunctions: 'Détient plusieurs de vos fonctions vitales',
      login: 'Vos connexions passent par lui',
      onePerson: 'Une seule personne en a les clés',
      personalAccount: 'Repose sur un compte personnel',
    },
    described: 'outil décrit par vous',
    lose: 'Si ce compte ferme, vous perdez : {functions}.',
    loseLogin: 'Et tous les outils où vous vous connectez avec ce compte.',
    loseSelf: 'Si votre propre installation tombe, vous perdez : {functions}.',
    toolServes: '{tool} sert : {functions}.',
    functionUses: '{function} repose sur : {tools}.',
    selected: 'Sélection : {name}',
    clear: 'Tout afficher',
    legend: {
      title: 'Comment lire la carte',
      width: 'Épaisseur d’un lien : fonction secondaire, importante ou vitale',
      dashed: 'Lien en tirets et badge « choix » : un choix assumé',
      warning: 'Contour épais et « ⚠ » : un point de fragilité',
    },
    table: {
      show: 'Voir la carte sous forme de tableau',
      caption: 'Chaque fonction, ses outils et qui les détient',
      function: 'Fonction',
      tool: 'Outil',
      vendor: 'Fournisseur',
      notes: 'À noter',
    },
    download: 'Télécharger la carte (image PNG)',
    fileName: 'carte-des-dependances',
    downloadFailed: 'L’image n’a pas pu être créée dans ce navigateur.',
    empty: 'La carte apparaîtra dès qu’une fonction utilisée aura un outil connu.',
    listTitle: '{vendor} · {kind}',
    listTools: 'Outils',
    listFunctions: 'Fonctions',
  },
  actions: {
    question: 'Où en est cette action ?',
    notDecided: 'Pas encore décidé',
    statuses: {
      planned: 'Prévue',
      inProgress: 'En cours',
      done: 'Faite',
      declined: 'Écartée',
    },
    badge: {
      planned: 'Action prévue',
      inProgress: 'Action en cours',
      done: 'Action faite',
      declined: 'Action écartée',
    },
    note: 'Note',
    noteHelp: 'Enregistrée quand vous quittez le champ ; exportée avec l’évaluation.',
  },
}
