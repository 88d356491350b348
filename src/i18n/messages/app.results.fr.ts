// Texts of the results page (French, the reference), mounted under `app.results`: loaded with
// the routes that show them, not on the home page. Keys mirror app.results.en.ts exactly (typed).
export default {
  title: 'Résultats',
  heading: 'Vos résultats',
  noAnswers: 'Pas encore de réponses à analyser.',
  completeness: 'Réponses complètes à {percent} %',
  completenessHelp: 'Les « je ne sais pas » et les questions sans réponse ne comptent pas dans les scores.',
  outOf100: 'sur 100',
  notComputed: 'Pas encore calculable',
  backToWizard: 'Revenir au questionnaire',
  howComputed: 'Comment est-ce calculé ?',
  export: 'Télécharger mes réponses (fichier JSON)',
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
    governance: {
      title: 'Maturité de la gouvernance',
      explanation:
        'Vos pratiques : stratégie écrite, décisions partagées, sauvegardes, double authentification, formation… 100 : tout est en place.',
    },
    completeness: {
      title: 'Réponses complètes',
      explanation:
        'La part des questions qui ont une réponse utilisable. Plus elle est haute, plus les chiffres sont fiables.',
    },
  },
  findings: {
    title: 'Ce que disent vos réponses',
    contradictionsTitle: 'Valeurs et pratiques',
    contradiction:
      '{value} : vous la jugez importante ({rating} sur 5), mais vos outils actuels la respectent à {practice} sur 100.',
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
}
