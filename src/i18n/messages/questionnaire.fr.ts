/**
 * Textes de la banque de questions (montés sous `q`). Les clés suivent les identifiants de
 * src/domain/questionnaire/bank.ts : `<id de question>.label`, `.help`, `.options.<valeur>`.
 * Pas d’accolades, d’arobase, de dollar ni de barre verticale : vue-i18n les interprète.
 * Typographie : espace fine insécable avant ? ! ; et insécable avant : et dans « ».
 */
export default {
  section: {
    profile: {
      title: 'Votre structure',
      intro: 'Quelques repères pour adapter les résultats : seul le nom est demandé, le reste peut attendre.',
    },
    collaborate: {
      title: 'Collaborer',
      intro:
        'Les outils du travail en commun : courriel, fichiers, documents, agendas, projets, fichier des membres.',
    },
    communicateInside: {
      title: 'Communiquer en interne',
      intro: 'Les outils qui font circuler l’information entre salarié⋅es, bénévoles et instances.',
    },
    communicateOutside: {
      title: 'Communiquer vers l’extérieur',
      intro:
        'Les outils qui vous relient à vos publics : réseaux sociaux, site, vidéos, lettres d’info, événements.',
    },
    runOrganisation: {
      title: 'Faire tourner la structure',
      intro: 'L’argent, les comptes, les appareils et l’IA : ce qui fait tourner la structure au quotidien.',
    },
    values: {
      title: 'Vos valeurs',
      intro:
        'Indiquez ce qui compte pour votre structure : il n’y a pas de bonne réponse, et vos priorités pèsent dans la lecture des résultats.',
    },
    governance: {
      title: 'Gouvernance et pratiques',
      intro: 'Comment les choix numériques se décident et se vivent dans la structure, au-delà des outils.',
    },
  },

  profile: {
    name: {
      label: 'Nom de la structure',
      help: 'Il sert à reconnaître le diagnostic en cours et reste sur cet appareil, sauf si vous téléchargez vos réponses.',
    },
    kind: {
      label: 'Quel type de structure ?',
      help: 'Les enjeux et les marges de manœuvre varient selon le statut.',
      options: {
        association: 'Association',
        foundation: 'Fondation ou fonds de dotation',
        cooperative: 'Coopérative (SCOP, SCIC…)',
        union: 'Syndicat',
        collective: 'Collectif informel',
        publicBody: 'Organisme public',
        other: 'Autre',
      },
    },
    staff: {
      label: 'Combien de salarié⋅es compte la structure ?',
      help: 'La taille de l’équipe salariée change ce qu’il est réaliste d’entreprendre.',
      options: {
        none: 'Aucune personne salariée',
        from1to5: '1 à 5',
        from6to20: '6 à 20',
        from21to50: '21 à 50',
        over50: 'Plus de 50',
      },
    },
    volunteers: {
      label: 'Combien de bénévoles actif⋅ves ?',
      help: 'Les bénévoles arrivent souvent avec leurs propres outils : leur nombre compte aussi.',
      options: {
        none: 'Aucun⋅e',
        from1to10: '1 à 10',
        from11to50: '11 à 50',
        from51to200: '51 à 200',
        over200: 'Plus de 200',
      },
    },
    budget: {
      label: 'Quel est son budget annuel ?',
      help: 'Les pistes proposées tiennent compte de vos moyens.',
      options: {
        under10k: 'Moins de 10 000 €',
        from10kTo100k: 'De 10 000 à 100 000 €',
        from100kTo1m: 'De 100 000 € à 1 million d’euros',
        over1m: 'Plus de 1 million d’euros',
      },
    },
    sector: {
      label: 'Dans quel domaine agit-elle principalement ?',
      help: 'Certains domaines traitent des données plus sensibles que d’autres.',
      options: {
        socialAction: 'Action sociale et solidarité',
        health: 'Santé et médico-social',
        education: 'Éducation, jeunesse et formation',
        culture: 'Culture et patrimoine',
        sport: 'Sport et loisirs',
        environment: 'Environnement et transition écologique',
        internationalSolidarity: 'Solidarité internationale',
        advocacy: 'Défense des droits et plaidoyer',
        localDevelopment: 'Développement local et économie sociale et solidaire',
        other: 'Autre',
      },
    },
    country: {
      label: 'Dans quel pays est-elle établie ?',
      help: 'Les règles qui s’appliquent à vos données dépendent en partie du pays.',
      options: {
        france: 'France',
        belgium: 'Belgique',
        switzerland: 'Suisse',
        canada: 'Canada, Québec',
        otherEu: 'Autre pays de l’Union européenne',
        other: 'Autre pays',
      },
    },
    role: {
      label: 'Quel est votre rôle dans la structure ?',
      help: 'Plusieurs personnes peuvent répondre : votre rôle aide à lire les réponses côte à côte.',
      options: {
        employee: 'Salarié⋅e',
        volunteer: 'Bénévole',
        boardMember: 'Membre du conseil d’administration ou du bureau',
        director: 'Direction ou coordination',
        other: 'Autre',
      },
    },
  },

  fn: {
    payroll: {
      label: 'Comment sont faites la paie et les déclarations des salarié⋅es ?',
      help: 'Fiches de paie et déclarations sociales contiennent des données personnelles qu’il faut pouvoir retrouver.',
    },
    esignature: {
      label: 'Avec quel outil faites-vous signer des documents à distance (conventions, contrats) ?',
      help: 'Les documents signés ont une valeur juridique : il faut pouvoir les garder et les retrouver.',
    },
    phone: {
      label: 'Quels services de téléphone et de SMS la structure utilise-t-elle ?',
      help: 'Un numéro au nom d’une personne part avec elle ; les SMS servent aussi à récupérer des comptes.',
    },
    email: {
      label:
        "Quel service héberge les adresses de la structure (contact{'@'}votre-asso.fr, votre-asso{'@'}gmail.com) ?",
      help: 'Le courriel sert souvent à récupérer tous les autres comptes : qui l’héberge compte beaucoup.',
    },
    files: {
      label: 'Où sont stockés et partagés les fichiers de la structure ?',
      help: 'Les fichiers partagés gardent une grande part de la mémoire de la structure.',
    },
    office: {
      label: 'Avec quels outils rédigez-vous et co-éditez-vous documents, tableurs et présentations ?',
      help: 'Le format de vos documents décide en partie de votre liberté de changer d’outil.',
    },
    calendar: {
      label: 'Comment gérez-vous les agendas partagés et la recherche de dates de réunion ?',
      help: 'Agendas et sondages disent qui se réunit, quand et où.',
    },
    projects: {
      label: 'Quel outil utilisez-vous pour suivre les projets et les tâches ?',
      help: 'Le suivi de projets rassemble décisions, échéances et répartition du travail.',
    },
    knowledge: {
      label: 'Où est documentée la vie de la structure (notes, procédures, wiki) ?',
      help: 'Procédures et notes sont précieuses le jour où il faut les emporter ailleurs.',
    },
    crm: {
      label: 'Où est tenu le fichier des adhérent⋅es, bénévoles et donateur⋅ices ?',
      help: 'C’est souvent là que se trouvent le plus de données personnelles.',
    },
    forms: {
      label: 'Avec quel outil créez-vous formulaires d’inscription et questionnaires ?',
      help: 'Les formulaires recueillent des données personnelles, parfois sensibles, au nom de la structure.',
    },
    maps: {
      label: 'Quel outil utilisez-vous pour les cartes (itinéraires, carte de vos lieux ou actions) ?',
      help: 'Une carte intégrée à votre site transmet souvent des données de vos visiteur⋅ices au service qui la fournit.',
    },
    design: {
      label: 'Avec quels outils créez-vous affiches, visuels et vidéos ?',
      help: 'Vos visuels et modèles graphiques sont un patrimoine qu’il vaut mieux pouvoir emporter.',
    },
    team_chat: {
      label: 'Quel outil sert aux échanges internes au fil de l’eau (salons, fils de discussion) ?',
      help: 'Ces échanges contiennent beaucoup d’informations internes, parfois sensibles.',
    },
    video: {
      label: 'Quel outil de visioconférence utilisez-vous ?',
      help: 'Les réunions à distance font circuler voix, visages et discussions internes.',
    },
    mobile_messaging: {
      label: 'Quelle messagerie mobile sert aux échanges entre membres (groupes) ?',
      help: 'Les groupes de messagerie deviennent souvent des outils de travail sans avoir été choisis comme tels.',
    },
    governance: {
      label: 'Comment organisez-vous les décisions et les votes à distance (AG, bureau, CA) ?',
      help: 'Les votes et assemblées touchent au cœur de la vie démocratique de la structure.',
    },
    social: {
      label: 'Sur quels réseaux sociaux la structure publie-t-elle ?',
      help: 'Y être peut être un bon choix stratégique, à condition qu’il soit fait en connaissance de cause.',
    },
    video_hosting: {
      label: 'Où publiez-vous vos vidéos ?',
      help: 'La plateforme qui diffuse vos vidéos décide de ce que vos publics voient autour.',
    },
    website: {
      label: 'Avec quel outil est fait votre site web, et qui l’héberge ?',
      help: 'Le site est votre adresse publique : savoir qui l’héberge aide à en garder la maîtrise.',
    },
    newsletters: {
      label: 'Comment envoyez-vous lettres d’info et messages aux listes de diffusion ?',
      help: 'Ces listes contiennent les adresses de vos publics, et l’outil mesure souvent qui lit quoi.',
    },
    events: {
      label: 'Comment annoncez-vous vos événements et gérez-vous les inscriptions ?',
      help: 'Les inscriptions recueillent des données sur les personnes qui vous suivent.',
    },
    analytics: {
      label: 'Mesurez-vous l’audience de votre site ? Avec quel outil ?',
      help: 'Certains outils de mesure transmettent les données de vos visiteur⋅ices à des tiers.',
    },
    payments: {
      label: 'Comment encaissez-vous cotisations, dons et inscriptions payantes ?',
      help: 'Les paiements touchent à des données financières et à la relation avec vos donateur⋅ices.',
    },
    accounting: {
      label: 'Avec quel outil tenez-vous la comptabilité ?',
      help: 'Les comptes doivent rester lisibles et exportables pendant des années.',
    },
    passwords: {
      label: 'Comment la structure gère-t-elle ses mots de passe partagés ?',
      help: 'Des accès bien gérés protègent la structure quand une personne part ou qu’un compte est piraté.',
    },
    devices: {
      label: 'Quels systèmes équipent les ordinateurs et téléphones de la structure ?',
      help: 'Le système détermine les logiciels possibles et la durée de vie du matériel.',
    },
    browser_search: {
      label: 'Quel navigateur et quel moteur de recherche sont utilisés par défaut ?',
      help: 'Navigateur et moteur de recherche voient passer une grande partie de l’activité en ligne.',
    },
    genai: {
      label: 'Utilisez-vous des assistants d’IA générative ? Lesquels ?',
      help: 'Ce que l’on confie à un assistant d’IA peut être conservé ou réutilisé par son fournisseur.',
    },
    identity: {
      label: 'Comment se connecte-t-on aux outils (comptes, « Se connecter avec Google ») ?',
      help: 'Un même compte pour tout se connecter crée un point unique de défaillance.',
    },
  },

  followUp: {
    criticality: {
      label: 'À quel point cet usage est-il important pour votre fonctionnement ?',
      help: 'Un usage vital fait peser plus lourd la dépendance.',
      options: {
        minor: 'Secondaire',
        important: 'Important',
        vital: 'Vital : sans lui, l’activité s’arrête',
      },
    },
    keys: {
      label: 'Qui peut administrer cet outil (rétablir un accès, ajouter quelqu’un, tout exporter) ?',
      help: 'Si une seule personne a les clés, la structure perd l’outil le jour où elle s’en va.',
      options: {
        team: 'Au moins deux personnes, avec des comptes au nom de la structure',
        provider: 'Un prestataire sous contrat avec la structure',
        onePerson: 'Une seule personne',
        personalAccount:
          'Il fonctionne sur le compte personnel d’un⋅e membre (un Gmail personnel, le profil Facebook d’un⋅e bénévole)',
      },
    },
    data: {
      label: 'Quelles données y sont stockées ?',
      help: 'Plus les données sont personnelles, plus l’enjeu est fort.',
      options: {
        public: 'Publiques',
        internal: 'Internes à l’organisation',
        personal: 'Données personnelles (membres, bénévoles, donateur⋅ices)',
        sensitive: 'Données personnelles sensibles (santé, opinions, situation sociale…)',
      },
    },
    exit: {
      label: 'Pourriez-vous le quitter demain ?',
      help: 'Savoir récupérer ses données, c’est garder la liberté de changer.',
      options: {
        impossible: 'Non, impossible aujourd’hui',
        notChecked: 'Nous n’avons jamais regardé',
        exportPossible: 'Nous savons exporter nos données',
        exitTested: 'Nous avons déjà testé une sortie (export et réimport ailleurs)',
      },
    },
    stance: {
      label: 'Cet outil est-il un choix ?',
      help: 'Garder un outil dominant peut être une bonne décision, si elle est prise en connaissance de cause.',
      options: {
        default: 'Par défaut : il s’est imposé',
        deliberate: 'Choix délibéré',
      },
    },
    reason: {
      label: 'Pour quelle raison ?',
      help: 'Par exemple : « notre public est sur Facebook ».',
    },
  },
  importance: {
    min: 'Pas une priorité',
    max: 'Essentiel pour nous',
  },

  value: {
    privacy: {
      label: 'Vie privée et protection des données (RGPD)',
      help: 'Collecter le moins de données possible sur les membres, bénéficiaires et donateur⋅ices, et garder la maîtrise de qui y accède et pourquoi.',
    },
    sovereignty: {
      label: 'Souveraineté et juridiction',
      help: 'Savoir de quel droit relèvent les outils et si une autorité étrangère peut exiger l’accès aux données ou couper le service.',
    },
    commons: {
      label: 'Communs et licences libres',
      help: 'Préférer des logiciels et des contenus sous licence libre, que chacun⋅e peut étudier, modifier et réutiliser, et contribuer à ces communs.',
    },
    ethicalModel: {
      label: 'Modèle économique éthique',
      help: 'Préférer des outils financés par l’abonnement, le don, la cotisation ou l’argent public plutôt que par la publicité ciblée et l’exploitation des données.',
    },
    reversibility: {
      label: 'Réversibilité, interopérabilité et formats ouverts',
      help: 'Pouvoir récupérer toutes ses données dans des formats ouverts et changer d’outil sans tout perdre.',
    },
    sobriety: {
      label: 'Sobriété environnementale',
      help: 'Limiter l’empreinte matérielle et énergétique : garder les équipements plus longtemps, éviter les services lourds (vidéo, IA) quand un outil simple suffit.',
    },
    accessibility: {
      label: 'Accessibilité et inclusion',
      help: 'Des outils utilisables par toutes et tous, y compris les personnes handicapées, âgées, peu à l’aise avec le numérique ou mal connectées.',
    },
    democracy: {
      label: 'Gouvernance démocratique et décentralisée',
      help: 'Décider ensemble des choix numériques, et préférer des services fédérés ou gouvernés par leurs usager⋅es plutôt que des plateformes centralisées.',
    },
    security: {
      label: 'Sécurité des comptes et des données',
      help: 'Protéger les comptes et les données contre la perte, le vol et les intrusions, de façon proportionnée aux risques de la structure.',
    },
  },

  gov: {
    strategy: {
      label: 'La structure a-t-elle une stratégie numérique écrite ?',
      help: 'Une stratégie écrite aide à choisir ses outils plutôt qu’à les subir.',
      options: {
        written: 'Oui, écrite et partagée',
        partial: 'En partie : quelques orientations, ou un document en cours',
        none: 'Pas encore',
      },
    },
    decisionMaker: {
      label: 'Qui décide du choix des outils numériques ?',
      help: 'Choisir un outil est aussi un choix politique : qui le fait compte.',
      options: {
        boardOrCollective: 'Le conseil d’administration, ou une décision collective',
        staffBoardInformed: 'L’équipe ou une personne responsable, en informant le CA',
        whoeverSetsUp: 'La personne qui installe l’outil, ou personne en particulier',
      },
    },
    boardDiscussion: {
      label: 'Le conseil d’administration parle-t-il des choix numériques ?',
      help: 'Un CA informé peut arbitrer entre coût, praticité et cohérence avec vos valeurs.',
      options: {
        regularly: 'Oui, régulièrement (au moins une fois par an)',
        occasionally: 'De temps en temps, quand une question se pose',
        never: 'Jamais ou presque',
      },
    },
    budget: {
      label: 'Un budget est-il prévu pour des outils éthiques ou alternatifs ?',
      help: 'Les services éthiques vivent souvent de contributions, et un petit budget suffit parfois pour changer d’outil.',
      options: {
        dedicated: 'Oui, une ligne budgétaire dédiée',
        caseByCase: 'Au cas par cas, quand un besoin se présente',
        none: 'Non, rien n’est prévu',
      },
    },
    training: {
      label: 'Des formations aux outils numériques sont-elles proposées aux salarié⋅es et bénévoles ?',
      help: 'Un changement d’outil réussit quand chacun⋅e se sent capable de s’en servir.',
      options: {
        regularly: 'Oui, régulièrement',
        occasionally: 'Parfois, ou de façon informelle entre pairs',
        none: 'Pas encore',
      },
    },
    gdprRecord: {
      label: 'La structure tient-elle un registre des traitements de données personnelles (RGPD) ?',
      help: 'Le registre montre quelles données personnelles sont où, et chez quel prestataire.',
      options: {
        upToDate: 'Oui, tenu à jour',
        partial: 'Il existe, mais il est incomplet ou ancien',
        none: 'Pas encore',
      },
    },
    backups: {
      label: 'Les données importantes sont-elles sauvegardées, et la restauration a-t-elle été testée ?',
      help: 'Une sauvegarde n’est utile que si l’on sait la restaurer, y compris si un compte est fermé.',
      options: {
        tested: 'Oui, sauvegardes régulières et restauration testée',
        untested: 'Des sauvegardes, mais jamais testées',
        none: 'Pas de sauvegarde en dehors de l’outil lui-même',
      },
    },
    twoFactor: {
      label:
        'La double authentification (un code en plus du mot de passe) est-elle activée sur les comptes principaux de la structure (courriel, banque, réseaux sociaux) ?',
      help: 'Le code arrive sur un téléphone ou une application à la connexion : un mot de passe volé ne suffit plus pour entrer.',
      options: {
        all: 'Oui, sur tous les comptes principaux',
        some: 'Sur certains seulement',
        none: 'Pas encore',
      },
    },
    twoFactorMethod: {
      label: 'D’où vient le plus souvent ce code en plus du mot de passe ?',
      help: 'Les codes reçus par SMS protègent moins bien qu’une application ou une clé de sécurité.',
      options: {
        appOrKey: 'Une application d’authentification, une clé de sécurité ou une clé d’accès (passkey)',
        smsOrEmail: 'Des codes reçus par SMS ou par courriel',
      },
    },
    nonprofitPrograms: {
      label:
        'La structure dépend-elle d’offres gratuites ou à prix réduit réservées aux associations par un fournisseur de logiciels ou de services en ligne ?',
      help: 'Ces offres rendent service, mais elles peuvent attacher la structure à un seul fournisseur, qui reste libre d’en changer les conditions.',
      options: {
        none: 'Non',
        some: 'Oui, pour quelques outils dont nous pourrions nous passer',
        core: 'Oui, nos outils principaux en dépendent',
      },
    },
    deviceLifespan: {
      label: 'Gardez-vous vos équipements longtemps, ou achetez-vous du matériel reconditionné ?',
      help: 'La fabrication des appareils pèse le plus lourd dans l’empreinte environnementale du numérique.',
      options: {
        usually: 'Oui, c’est notre pratique habituelle',
        sometimes: 'Parfois',
        rarely: 'Rarement : nous renouvelons souvent le matériel, le plus souvent neuf',
      },
    },
    accessibility: {
      label:
        'Votre site et vos documents sont-ils pensés pour être accessibles (handicap, lecture facile, connexion lente) ?',
      help: 'Des contenus accessibles touchent tous vos publics, y compris celles et ceux que le numérique laisse souvent de côté.',
      options: {
        checked: 'Oui, vérifiés selon un référentiel (RGAA, WCAG) ou avec des personnes concernées',
        partial: 'En partie : textes alternatifs, contrastes, langage clair…',
        notYet: 'Pas encore',
      },
    },
    commons: {
      label:
        'La structure contribue-t-elle aux communs numériques (dons à des logiciels libres ou à des hébergeurs éthiques, signalements de bugs, traductions, documentation) ?',
      help: 'Les outils libres vivent des contributions de celles et ceux qui les utilisent, sous toutes leurs formes.',
      options: {
        regularly: 'Oui, régulièrement',
        occasionally: 'De temps en temps',
        notYet: 'Pas encore',
      },
    },
    domainName: {
      label:
        'Le nom de domaine de la structure (votre-asso.fr) est-il à son nom, et au moins deux personnes peuvent-elles le renouveler ?',
      help: 'Un nom de domaine perdu, c’est l’adresse du site et tous les courriels qui partent avec.',
      options: {
        organisationTwoPeople: 'Oui, au nom de la structure, et au moins deux personnes y ont accès',
        organisationOnePerson: 'Au nom de la structure, mais une seule personne y a accès',
        personOrUnknownOwner: 'Il est au nom d’une personne, ou nous ne savons pas à quel nom',
        noDomain: 'Nous n’avons pas de nom de domaine',
      },
    },
    personalDevices: {
      label:
        'Les données de la structure passent-elles par des appareils ou des comptes personnels (ordinateur, téléphone, messagerie privée) ?',
      help: 'Un appareil personnel part avec son propriétaire, et la structure ne sait pas comment il est protégé.',
      options: {
        rarely: 'Rarement : la structure fournit ce qu’il faut',
        sometimes: 'Parfois',
        often: 'Souvent, c’est la règle',
      },
    },
    continuity: {
      label:
        'Si la personne qui s’occupe des outils partait demain, d’autres pourraient-ils prendre le relais ?',
      help: 'Des accès et des procédures écrites évitent qu’un départ arrête la structure.',
      options: {
        documented: 'Oui, les accès et les procédures sont écrits et partagés',
        partly: 'En partie',
        no: 'Non, tout repose sur elle',
      },
    },
  },
} as const
