// Texts of the screens (French, the reference language). Keys mirror app.en.ts exactly (tested).
export default {
  name: 'Autonomie numérique',
  tagline: 'Autodiagnostic des dépendances numériques des organisations d’intérêt général',
  skipLink: 'Aller au contenu',
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    method: 'Méthode de calcul',
  },
  language: {
    label: 'Langue',
    switchTo: 'English',
    switchToLabel: 'Switch to English',
  },
  footer: {
    privacy:
      'Cet outil fonctionne entièrement dans votre navigateur : vos réponses ne quittent jamais cet appareil.',
  },
  home: {
    title: 'Accueil',
    heading: 'Vos outils numériques sont-ils des choix ?',
    lead: 'Un autodiagnostic pour les associations, fondations, coopératives et collectifs : quels outils utilisez-vous, de qui dépendez-vous, et est-ce cohérent avec vos valeurs ?',
    duration: 'Comptez 30 à 45 minutes. Vous pouvez vous arrêter à tout moment et reprendre plus tard.',
    promise: 'Vos réponses ne quittent jamais cet appareil. Aucun compte, aucun envoi, aucun traceur.',
    notBoycott:
      'Il ne s’agit pas de tout quitter : garder un outil dominant peut être un bon choix, à condition que ce soit un choix.',
    start: 'Commencer un diagnostic',
    draftHeading: 'Diagnostic en cours',
    draftUnnamed: 'Organisation sans nom',
    draftSummary: '{percent} % répondu · dernier enregistrement {date}',
    continue: 'Reprendre le diagnostic',
    startNew: 'Recommencer à zéro',
    confirmNew: 'Le diagnostic en cours sera effacé de cet appareil. Continuer ?',
    seeResults: 'Voir les résultats',
    unreadable:
      'Le diagnostic enregistré sur cet appareil n’a pas pu être lu (il est peut-être abîmé ou vient d’une version plus récente de l’outil). Il a été mis de côté, pas effacé. Vous pouvez commencer un nouveau diagnostic.',
    unreadableDetails: 'Détail technique',
    storageUnavailable:
      'Ce navigateur ne permet pas d’enregistrer sur cet appareil (navigation privée ou stockage désactivé). Vous pouvez répondre, mais vos réponses seront perdues à la fermeture de l’onglet.',
    loading: 'Chargement…',
  },
  wizard: {
    title: 'Diagnostic',
    sections: 'Parties du diagnostic',
    sectionOf: 'Partie {n} sur {m}',
    answered: '{percent} % répondu',
    progressLabel: 'Avancement du diagnostic',
    state: {
      notStarted: 'pas commencée',
      inProgress: 'en cours',
      done: 'terminée',
    },
    previous: 'Précédent',
    next: 'Suivant',
    finish: 'Voir les résultats',
    saved: 'Enregistré sur cet appareil',
    updatedElsewhere: 'Mis à jour avec les réponses saisies dans un autre onglet',
    saving: 'Enregistrement…',
    saveFailed: {
      quota:
        'Pas enregistré : l’espace de stockage de cet appareil est plein. Libérez de la place ; vos réponses restent affichées tant que l’onglet est ouvert.',
      unavailable:
        'Pas enregistré : ce navigateur ne permet pas d’enregistrer (navigation privée ou stockage désactivé). Vos réponses restent affichées tant que l’onglet est ouvert.',
      unknown:
        'Pas enregistré : une erreur inattendue est survenue. Vos réponses restent affichées ; la prochaine modification réessaiera.',
    },
    required: 'Réponse obligatoire',
    requiredMark: 'obligatoire',
    errorSummary: 'Il manque une réponse obligatoire :',
    dontKnow: 'Je ne sais pas',
    clear: 'Effacer la réponse',
    whyWeAsk: 'Pourquoi cette question',
    noDraft: 'Aucun diagnostic en cours.',
    backHome: 'Retour à l’accueil',
    fn: {
      use: 'Utilisez-vous un outil pour cela ?',
      useYes: 'Oui',
      useNo: 'Non, nous n’en utilisons pas',
      tools: 'Quel(s) outil(s) ?',
      toolsHelp: 'Plusieurs choix possibles.',
      search: 'Filtrer la liste',
      searchPlaceholder: 'Nom d’un outil',
      noMatch: 'Aucun outil ne correspond ; choisissez « Autre ».',
      dominant: 'Plateformes dominantes',
      alternatives: 'Alternatives',
      otherGroup: 'Autre',
      other: 'Un autre outil, absent de la liste',
      toolUnknown: 'Je ne sais pas quel outil',
      chosen: 'Outils choisis',
      criticality: 'À quel point cet usage est-il important pour votre fonctionnement ?',
      criticalityHelp: 'Un usage vital fait peser plus lourd la dépendance.',
      criticalityOptions: {
        minor: 'Secondaire',
        important: 'Important',
        vital: 'Vital : sans lui, l’activité s’arrête',
      },
      data: 'Quelles données y sont stockées ?',
      dataHelp: 'Plus les données sont personnelles, plus l’enjeu est fort.',
      dataOptions: {
        public: 'Publiques',
        internal: 'Internes à l’organisation',
        personal: 'Données personnelles (membres, bénévoles, donateur⋅ices)',
        sensitive: 'Données personnelles sensibles (santé, opinions, situation sociale…)',
      },
      exit: 'Pourriez-vous le quitter demain ?',
      exitHelp: 'Savoir récupérer ses données, c’est garder la liberté de changer.',
      exitOptions: {
        notChecked: 'Nous n’avons jamais regardé',
        exportPossible: 'Nous savons exporter nos données',
        exitTested: 'Nous avons déjà testé une sortie (export et réimport ailleurs)',
      },
      stance: 'Cet outil est-il un choix ?',
      stanceHelp:
        'Garder un outil dominant peut être une bonne décision, si elle est prise en connaissance de cause.',
      stanceOptions: {
        default: 'Par défaut : il s’est imposé',
        deliberate: 'Choix délibéré',
      },
      reason: 'Pour quelle raison ?',
      reasonHelp: 'Par exemple : « notre public est sur Facebook ». Elle figurera dans le rapport.',
      otherTool: {
        legend: 'Décrire l’autre outil',
        name: 'Nom de l’outil',
        vendor: 'Qui le fournit ?',
        jurisdiction: 'Où ce fournisseur est-il établi ?',
        jurisdictionOptions: {
          extraterritorial: 'États-Unis, Chine ou autre pays aux lois extraterritoriales',
          'eu-or-adequate': 'Union européenne ou pays reconnu adéquat (Suisse, Royaume-Uni…)',
          'self-or-ethical-eu': 'Chez nous, ou chez un hébergeur éthique européen',
        },
        licence: 'Le logiciel est-il libre ?',
        licenceOptions: {
          libre: 'Oui, logiciel libre',
          'open-core': 'En partie (version libre limitée)',
          proprietary: 'Non, propriétaire',
        },
        businessModel: 'Comment le fournisseur gagne-t-il sa vie ?',
        businessModelOptions: {
          'advertising-data': 'Publicité ou exploitation des données',
          freemium: 'Gratuit avec options payantes',
          subscription: 'Abonnement payant',
          'public-or-commons': 'Service public, dons ou communs',
        },
        export: 'Peut-on exporter toutes ses données ?',
        exportOptions: {
          full: 'Oui, dans des formats ouverts',
          partial: 'En partie, ou dans des formats fermés',
          none: 'Non',
        },
        hosting: 'Où sont les données ?',
        hostingOptions: {
          'vendor-cloud': 'Dans le nuage du fournisseur',
          'ethical-host': 'Chez un hébergeur éthique',
          'self-hosted': 'Sur notre propre serveur',
          local: 'Sur nos ordinateurs uniquement',
        },
        add: 'Ajouter cet outil',
        remove: 'Retirer {name}',
        nameRequired: 'Donnez au moins le nom de l’outil.',
      },
    },
  },
  import: {
    label: 'Ouvrir un fichier de diagnostic (JSON)',
    help: 'Un fichier téléchargé depuis cet outil, sur cet appareil ou un autre. Il reste sur votre appareil.',
    failed: {
      // One message per kind of read problem (src/domain/read-problem.ts), plus a file the browser could not open.
      unreadable: 'Ce fichier n’a pas pu être ouvert.',
      notJson: 'Ce fichier n’a pas pu être lu : ce n’est pas un fichier JSON.',
      otherFormat: 'Ce fichier n’est pas un diagnostic enregistré par cet outil.',
      newerVersion:
        'Ce diagnostic a été enregistré par une version plus récente de cet outil : mettez l’outil à jour pour l’ouvrir.',
      invalidField: 'Ce diagnostic est abîmé : certaines valeurs ne sont pas valides.',
      unknownQuestionnaire: 'Ce diagnostic répond à un questionnaire que cet outil ne sait pas lire.',
      unknownQuestion:
        'Ce diagnostic contient des réponses à des questions que ce questionnaire ne connaît pas.',
      wrongAnswerKind: 'Ce diagnostic contient des réponses d’un type que leur question n’attend pas.',
      unknownOption: 'Ce diagnostic contient des choix que ce questionnaire ne propose pas.',
      unknownTool: 'Ce diagnostic cite des outils absents du catalogue de cet outil.',
    },
    nothingChanged: 'Rien n’a été modifié.',
    confirmReplace: 'Le diagnostic en cours sera remplacé par celui du fichier. Continuer ?',
  },
  results: {
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
        '{vendor} détient {count} de vos fonctions vitales ({functions}) : si ce fournisseur change ses conditions ou ferme votre compte, tout s’arrête en même temps.',
      login:
        'Vos connexions passent par {vendor} ({tool}) : si ce compte est perdu ou fermé, tous les outils qui en dépendent le sont aussi.',
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
  },
  notFound: {
    title: 'Page introuvable',
    text: 'Cette page n’existe pas.',
  },
}
