/**
 * Texts of the method page (mounted under `method`), French first. Keys mirror method.en.ts
 * exactly (tested). Every number is a placeholder filled from WEIGHTS or the catalogue, so the
 * text cannot drift from the code. No bare braces, at signs, dollar signs or vertical bars:
 * vue-i18n parses them.
 */
export default {
  title: 'Méthode de calcul',
  heading: 'Comment les résultats sont calculés',
  lead: 'Cette page explique chaque chiffre du diagnostic : d’abord en quelques mots, puis précisément, avec les formules et les pondérations exactes qu’utilise l’outil.',
  toc: 'Sur cette page',
  plain: 'En clair :',
  pair: '{label} : {value}',
  caption: {
    weight: 'Poids',
    value: 'Valeur',
    answer: 'Réponse',
    fact: 'Fait',
  },

  about: {
    heading: 'Ce que le diagnostic mesure, et ce qu’il ne mesure pas',
    measures:
      'Le diagnostic mesure de qui votre organisation dépend pour ses usages numériques, à quel point ces dépendances l’exposent (publicité, lois étrangères, enfermement…), et si ses outils sont cohérents avec les valeurs qu’elle se donne.',
    notGrade:
      'Ce n’est pas une note ni un classement : c’est une photographie, à un moment donné, pour éclairer les décisions de l’organisation et mesurer le chemin parcouru d’une année à l’autre.',
    notBoycott:
      'Ce n’est pas non plus un appel à tout quitter. Garder un outil dominant peut être un bon choix stratégique (votre public est sur Facebook, par exemple) : un outil gardé délibérément est un choix, et les résultats le présentent comme tel.',
    local: 'Tout est calculé dans votre navigateur. Rien n’est envoyé nulle part.',
    rounding:
      'Les résultats sont arrondis à l’unité : une décimale de plus prétendrait à une précision que la méthode n’a pas.',
  },

  facts: {
    notApplicable: 'sans objet',
    businessModel: {
      name: 'Modèle économique',
      'advertising-data': 'Publicité ou revente de données',
      freemium: 'Gratuit avec options payantes (freemium)',
      subscription: 'Abonnement payant',
      'public-or-commons': 'Service public, dons ou communs',
    },
    jurisdiction: {
      name: 'Juridiction',
      extraterritorial: 'Soumis à des lois extraterritoriales (CLOUD Act, FISA…)',
      'eu-or-adequate': 'Fournisseur de l’UE ou de l’EEE, ou d’un pays jugé adéquat',
      'self-or-ethical-eu': 'Auto-hébergé, local ou chez un hébergeur éthique européen',
    },
    licence: {
      name: 'Licence',
      proprietary: 'Propriétaire',
      'open-core': 'Open core (cœur libre, options propriétaires)',
      libre: 'Libre',
    },
    export: {
      name: 'Export des données',
      none: 'Aucun export',
      partial: 'Export partiel ou formats fermés',
      full: 'Export complet en formats ouverts',
    },
    e2ee: {
      name: 'Chiffrement de bout en bout',
      always: 'Toujours actif',
      optional: 'En option',
      no: 'Non',
    },
    marketPower: {
      name: 'Pouvoir de marché',
      gatekeeper:
        'Groupe désigné contrôleur d’accès par le règlement européen sur les marchés numériques (DMA)',
      dominant: 'Autre plateforme dominante',
      none: 'Aucun',
    },
    hosting: {
      name: 'Hébergement',
      'vendor-cloud': 'Dans le nuage du fournisseur',
      'ethical-host': 'Chez un hébergeur éthique',
      'self-hosted': 'Auto-hébergé',
      local: 'En local, sur les appareils',
    },
  },

  answers: {
    unknown: 'Sans réponse ou « Je ne sais pas » (milieu de l’échelle)',
    criticality: {
      name: 'Importance de l’usage',
      minor: 'Secondaire',
      important: 'Important',
      vital: 'Vital',
    },
    data: {
      name: 'Données stockées',
      public: 'Publiques',
      internal: 'Internes',
      personal: 'Personnelles',
      sensitive: 'Personnelles sensibles',
    },
    exit: {
      name: 'Capacité à partir',
      impossible: 'Impossible aujourd’hui',
      notChecked: 'Jamais regardé',
      exportPossible: 'Export possible',
      exitTested: 'Sortie déjà testée',
    },
  },

  exposure: {
    heading: 'Exposition d’un outil',
    plain:
      'Chaque outil reçoit une exposition entre 0 et {max} : elle dit à quel point il peut être utilisé contre les intérêts de l’organisation. On regarde cinq risques : comment le fournisseur gagne sa vie, à quelles lois il obéit, si le logiciel est libre, si l’on peut récupérer ses données et si le fournisseur domine son marché.',
    formula: 'L’exposition X est une somme pondérée des cinq risques, chacun entre 0 et {max} :',
    caption: 'Les cinq risques, leur poids et leurs valeurs',
    colRisk: 'Risque',
    colValues: 'Valeurs possibles',
    risks: {
      businessModel: 'Modèle économique',
      jurisdiction: 'Juridiction',
      licence: 'Licence',
      lockIn: 'Enfermement (export des données)',
      marketPower: 'Pouvoir de marché',
    },
    e2ee: 'Chiffrement de bout en bout : quand il est toujours actif, le fournisseur ne peut pas lire les contenus, et le risque de juridiction j est multiplié par {factor}. Un chiffrement seulement « en option » ne compte pas : il faut penser à l’activer, et il l’est rarement.',
    selfRunLibre:
      'Logiciel libre que l’organisation fait tourner elle-même (auto-hébergé ou en local) : le risque de modèle économique est nul, quel que soit le modèle de celles et ceux qui le développent, car personne d’autre ne peut monétiser vos données.',
    notApplicable:
      'Un fait qui ne s’applique pas à un outil (l’export pour un moteur de recherche, par exemple) compte comme sans risque. Pour le chiffrement, « sans objet » laisse j tel quel.',
    other:
      'Un outil absent du catalogue, que vous décrivez vous-même : on lit vos réponses sur sa juridiction, sa licence, son modèle économique, l’export et l’hébergement. Son pouvoir de marché est compté comme nul et il est supposé sans chiffrement de bout en bout. Une réponse « Je ne sais pas » vaut {unknown}, le milieu de l’échelle, et abaisse la complétude.',
    exampleCaption: 'Exemple : {tool}',
    exampleTotal: 'Exposition X',
  },

  dependency: {
    heading: 'Dépendance d’une fonction',
    plain:
      'Une fonction, c’est un usage : le courriel, les fichiers, la visio… Sa dépendance part de l’exposition de l’outil utilisé, puis la nuance légèrement selon vos réponses : l’importance de cet usage, les données qu’il contient et votre capacité à partir.',
    formula: 'La dépendance D, entre 0 et {max} :',
    followUps:
      'Pour chaque fonction utilisée, une fois l’outil choisi, le questionnaire demande dans cet ordre :',
    modifiers:
      'Les trois modificateurs sont volontairement doux : ils nuancent l’exposition sans jamais l’effacer.',
    captionC: 'Modificateur c, selon l’importance de l’usage',
    captionS: 'Modificateur s, selon les données stockées',
    captionE: 'Modificateur e, selon la capacité à partir',
    unknown:
      'Une réponse manquante ou « Je ne sais pas » prend la valeur du milieu de l’échelle, et la complétude le signale.',
    severalTools:
      'Plusieurs outils pour une même fonction : on retient le plus exposé (à égalité, le premier par identifiant, pour que l’ordre de vos choix ne change rien). Un même outil choisi deux fois ne compte qu’une fois.',
    status:
      'Une fonction marquée « non utilisée » ne change aucun score, exactement comme si elle n’était pas dans le questionnaire. Une fonction sans réponse, ou dont l’outil est inconnu, n’a pas de dépendance et abaisse la complétude.',
    example:
      'Avec l’exemple ci-dessus, pour un usage vital, des données personnelles et une sortie jamais regardée : D = {value}.',
  },

  dependencyIndex: {
    heading: 'Indice de dépendance',
    plain:
      'L’indice de dépendance résume l’ensemble en un nombre de 0 à {max}. Plus il est bas, plus l’organisation est autonome.',
    formula: 'DI est la moyenne simple de D sur les fonctions utilisées dont l’outil est connu :',
    criticality:
      'L’importance de chaque usage est déjà dans D : rendre un usage plus critique ne fait jamais baisser l’indice, et remplacer un outil par un outil moins exposé ne le fait jamais monter.',
    none: 'Si aucune fonction n’a d’outil connu, l’indice n’est pas calculé.',
  },

  concentration: {
    heading: 'Concentration des fournisseurs',
    plain:
      'La concentration dit si vos usages sont répartis entre plusieurs fournisseurs ou réunis chez quelques-uns. Elle vaut {max} quand un seul fournisseur détient tout, et s’approche de 0 quand vos usages sont répartis, ou tournent chez vous.',
    weights:
      'Chaque fonction utilisée apporte un poids w selon son importance, partagé à parts égales entre ses outils :',
    shareWord: 'part',
    vendorWord: 'fournisseur',
    captionW: 'Poids w de chaque fonction, selon l’importance de l’usage',
    share:
      'La part d’un fournisseur est la somme de ses poids divisée par le poids total. La concentration est l’indice de Herfindahl-Hirschman, utilisé en économie pour mesurer la concentration d’un marché :',
    selfHosted:
      'Les logiciels libres que vous hébergez vous-même ou utilisez en local comptent dans le poids total, mais n’appartiennent à aucun fournisseur : ils font baisser la concentration. Deux outils d’un même fournisseur lui donnent les deux parts.',
    example: 'Exemple : quatre fournisseurs à parts égales donnent une concentration de {value}.',
  },

  singlePoints: {
    heading: 'Points de défaillance uniques',
    plain:
      'Un point de défaillance unique est un fournisseur dont une panne, un changement de conditions ou la fermeture d’un compte arrêterait plusieurs choses à la fois.',
    intro: 'Le diagnostic en signale deux sortes :',
    vital:
      'un fournisseur extérieur qui détient au moins {count} fonction marquée vitale ; | un fournisseur extérieur qui détient au moins {count} fonctions marquées vitales ;',
    login:
      'le fournisseur de l’outil utilisé pour la fonction « {name} » (se connecter ailleurs avec ce compte, comme « Se connecter avec Google ») : s’il coupe ce compte, tous les outils qui en dépendent deviennent inaccessibles.',
    note: 'Les outils que vous décrivez vous-même comptent aussi. Un logiciel libre que vous faites tourner vous-même n’a pas de fournisseur extérieur.',
  },

  values: {
    heading: 'Valeurs et pratiques',
    plain:
      'Pour chaque valeur, on compare ce qu’elle compte pour vous (l’importance) à ce que montrent vos outils et vos pratiques (la pratique). Un écart n’est pas une faute : c’est un sujet à mettre sur la table.',
    practiceHeading: 'Pratique P',
    practiceFormula:
      'Pour les valeurs que les outils montrent, sur les fonctions utilisées, en lisant les risques de l’outil le plus exposé de chaque fonction :',
    formula: 'P = {scale} × (1 − Σ w × risque / Σ w)',
    caption: 'Ce que chaque valeur lit',
    colValue: 'Valeur',
    colReads: 'Ce qui est lu',
    hostingLetter:
      'h, le risque d’hébergement, lu par la souveraineté seulement (il n’entre pas dans l’exposition) :',
    captionH: 'Risque d’hébergement h',
    privacyWeight:
      'w est le poids de l’usage (voir la concentration). Pour la vie privée, il est en plus multiplié par le poids des données :',
    captionData: 'Poids des données, pour la vie privée',
    fromGovernance: 'Les réponses de gouvernance :',
    governanceRule:
      'Les valeurs que les outils ne montrent pas sont lues dans les réponses de gouvernance qui les concernent : P est la moyenne de leurs scores × {scale}. Une réponse de gouvernance ne modifie pas une valeur déjà lue dans les outils.',
    importanceHeading: 'Importance I',
    importance:
      'La note de chaque valeur va de {min} à {max}. I = (note − {min}) / ({max} − {min}) × {scale} ; une note de {rating} donne {importance}.',
    gapHeading: 'Écart',
    gap: 'Écart = max(0, I − P) : seul compte ce qui manque à la pratique, pas ce qui dépasse.',
    contradictionsHeading: 'Contradictions',
    contradictions:
      'Une contradiction est une valeur notée {rating} ou plus dont l’écart atteint {gap} ou plus. Elles sont présentées de la plus grande à la plus petite : ce sont les premiers sujets à discuter.',
  },

  governance: {
    heading: 'Maturité de la gouvernance',
    plain:
      'La gouvernance dit comment les choix numériques sont faits : une stratégie, qui décide, des débats au conseil, un budget, de la formation, un registre RGPD, des sauvegardes, la double authentification…',
    rule: 'Chaque réponse vaut {yes} (oui), {partly} (en partie) ou {no} (non) ; la maturité est la moyenne des réponses × {scale}. Les réponses « Je ne sais pas » sont laissées de côté ; sans aucune réponse, la maturité n’est pas calculée.',
    caption: 'Les questions de gouvernance et les valeurs qu’elles éclairent',
    colQuestion: 'Question',
    colValues: 'Valeurs éclairées',
  },

  path: {
    heading: 'Niveau sur le chemin',
    plain:
      'Le chemin va de la dépendance forte à l’autonomie et à la contribution aux communs. Ce n’est pas une note : c’est une position, d’où chaque organisation avance à son rythme.',
    formula: 'Le score C combine l’autonomie des outils et la maturité de la gouvernance G :',
    noGovernance:
      'Sans aucune réponse de gouvernance, C = {scale} − DI : le chemin repose alors sur les outils seuls.',
    caption: 'Les cinq niveaux du chemin',
    colLevel: 'Niveau',
    colName: 'Nom',
    colRange: 'Score C',
    colMeaning: 'Ce que cela veut dire',
    below: 'moins de {max}',
    between: 'de {min} à moins de {max}',
    atLeast: '{min} ou plus, avec une contribution aux communs',
    orWithoutCommons: 'ou {min} et plus sans contribution aux communs',
    commons:
      'Le dernier niveau demande aussi de contribuer aux communs : répondre « {answer} » ou mieux (un score de {min} ou plus) à la question « {question} ». Contribuer un peu, c’est déjà contribuer. Sans cela, l’organisation reste au niveau {level}.',
  },

  levels: {
    '1': 'Dépendance forte',
    '2': 'Dépendance consciente',
    '3': 'Transition engagée',
    '4': 'Autonomie choisie',
    '5': 'Autonomie et contribution aux communs',
  },

  levelDescriptions: {
    '1': 'Les usages essentiels reposent sur quelques grandes plateformes, souvent par défaut : c’est le point de départ de beaucoup d’organisations.',
    '2': 'Les dépendances restent fortes, mais elles sont repérées : c’est le moment de choisir par quoi commencer.',
    '3': 'Une partie des usages repose déjà sur des outils libres ou éthiques, et les choix numériques se discutent.',
    '4': 'La plupart des outils sont maîtrisés ; les dépendances qui restent sont des choix assumés.',
    '5': 'L’organisation est largement autonome et rend aux communs numériques qui la font vivre.',
  },

  completeness: {
    heading: 'Complétude',
    plain:
      'La complétude dit quelle part des questions a reçu une réponse utilisable. Plus elle est basse, plus les résultats sont à lire avec prudence.',
    rule: 'Complétude = réponses données / questions applicables, sur les questions affichées :',
    closed:
      'une question à choix ou à note compte pour une unité, répondue sauf si elle est vide ou « Je ne sais pas » ; les questions à texte libre ne comptent pas ;',
    unused:
      'une fonction marquée « non utilisée » compte pour une unité, répondue ; sans réponse ou « Je ne sais pas », une unité non répondue ;',
    used: 'une fonction utilisée compte une unité pour l’outil, l’importance, les données, la capacité à partir et le choix (par défaut ou délibéré) ;',
    other:
      'chaque outil que vous décrivez ajoute une unité par fait : juridiction, licence, modèle économique, export, hébergement.',
    hidden: 'Une question masquée par une réponse précédente n’entre dans aucun score.',
  },

  catalogue: {
    heading: 'Le catalogue des outils',
    plain:
      'Les faits sur chaque outil viennent d’un catalogue établi à partir de sources publiques. Chaque fait est soit vérifié dans une source citée, soit issu de connaissances générales : nous le disons à chaque fois.',
    version: 'Version {version}, faits à jour au {date}.',
    counts: '{tools} outils pour {functions} fonctions, {vendors} fournisseurs, {sources} sources.',
    checked:
      '{count} outil a des faits vérifiés dans une source citée. | {count} outils ont des faits vérifiés dans une source citée.',
    known:
      '{count} outil repose sur des connaissances générales, non revérifiées dans une source : il est signalé comme tel et n’est jamais présenté comme certain. | {count} outils reposent sur des connaissances générales, non revérifiées dans une source : ils sont signalés comme tels et ne sont jamais présentés comme certains.',
    origin:
      'Les faits ont été rassemblés à partir de sources publiques (sites et documentation des éditeurs, rapports annuels, Framasoft, collectif CHATONS, presse spécialisée). Les licences des logiciels libres ont été vérifiées dans le dépôt de chaque projet, et les faits des outils dominants qui pèsent le plus ont reçu un second regard ; les corrections sont consignées avec leurs sources.',
    differ:
      'Votre situation diffère (offre payante, option activée) ? Décrivez l’outil vous-même avec « Un autre outil, absent de la liste » : ce sont alors vos réponses qui comptent.',
    links: 'Les liens mènent à des sites extérieurs : rien n’est chargé tant que vous ne cliquez pas.',
    byFunction: 'Les outils, fonction par fonction',
    summary: '{name} · {tools}, dont {checked}',
    summaryTools: '{count} outil | {count} outils',
    summaryChecked: '{count} vérifié | {count} vérifiés',
    side: {
      dominant: 'Plateforme dominante',
      alternative: 'Alternative',
      other: 'Autre outil courant',
    },
    vendor: 'Fournisseur',
    noVendor: 'aucun fournisseur extérieur',
    exposure: 'Exposition X',
    confidence: {
      checked: 'Vérifié dans une source le {date}',
      known: 'Connaissance générale, non revérifiée (revu le {date})',
    },
    evidence: 'Sur quoi cela repose (en anglais) :',
    sources: 'Sources :',
    noSources: 'Aucune source en ligne citée.',
  },

  changes: {
    heading: 'Nos ajustements du modèle de départ',
    intro: 'La méthode part d’un modèle de référence. Voici ce que nous avons ajusté, et pourquoi :',
    selfRunLibre:
      'un logiciel libre que l’organisation fait tourner elle-même n’a pas de risque de modèle économique, même si ses développeur⋅ses vendent des offres : sans cela, Nextcloud auto-hébergé ne serait pas compté comme sans risque ;',
    e2ee: 'un chiffrement de bout en bout seulement « en option » ne réduit pas le risque de juridiction ;',
    unknown:
      'une réponse manquante ou « Je ne sais pas » prend la valeur du milieu de l’échelle plutôt que la pire ou la meilleure, et abaisse la complétude ;',
    microsoft:
      'Microsoft 365 est classé « gratuit avec options payantes » pour les associations, qui l’obtiennent surtout par le programme associatif de Microsoft ;',
    governance: 'sans aucune réponse de gouvernance, le score du chemin repose sur les outils seuls ;',
    commons: 'contribuer « en partie » aux communs suffit pour le dernier niveau ;',
    valuesFromGovernance:
      'une réponse de gouvernance ne modifie pas une valeur déjà lue dans les outils, pour ne pas compter deux fois la même chose.',
  },
}
