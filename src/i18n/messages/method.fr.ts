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
      'Un point de défaillance unique est un fournisseur, ou une personne, dont une panne, un changement de conditions, la fermeture d’un compte ou un départ arrêterait une chose essentielle, ou plusieurs à la fois.',
    intro: 'Le diagnostic en signale trois sortes :',
    vital:
      'un fournisseur extérieur qui détient au moins {count} fonction marquée vitale ; | un fournisseur extérieur qui détient au moins {count} fonctions marquées vitales ;',
    login:
      'le fournisseur de l’outil utilisé pour la fonction « {name} » (se connecter ailleurs avec ce compte, comme « Se connecter avec Google ») : s’il coupe ce compte, tous les outils qui en dépendent deviennent inaccessibles.',
    person:
      'une fonction vitale dont une seule personne a les clés (risque p de {p}, voir la section sur la fragilité) : si cette personne part ou perd son accès, la structure perd l’outil. Cette sorte n’existe que dans la version 2 du questionnaire.',
    note: 'Les outils que vous décrivez vous-même comptent aussi. Un logiciel libre que vous faites tourner vous-même n’a pas de fournisseur extérieur.',
  },

  fragility: {
    heading: 'Qui a les clés : la fragilité',
    plain:
      'Un outil que personne d’autre ne sait administrer est perdu le jour où la personne qui en a les clés s’en va, même s’il est libre et hébergé chez vous. La fragilité F, de 0 à {max}, dit à quel point vos usages reposent sur une seule personne.',
    question:
      'Pour chaque fonction utilisée, une fois l’outil choisi, le questionnaire demande « {question} ». Chaque réponse donne un risque p :',
    caption: 'Risque p selon qui a les clés',
    dontKnow: '« Je ne sais pas » et l’absence de réponse sont laissés de côté.',
    formula: 'La fragilité F, entre 0 et {max} :',
    weights:
      'sur les fonctions utilisées dont la réponse est connue, w étant le poids de l’usage (secondaire {minor}, important {important}, vital {vital}, comme pour la concentration). Une fonction compte dès que vous l’avez dite utilisée, même si son outil est inconnu : qui peut l’administrer ne dépend pas de l’outil. Sans aucune réponse connue, F n’est pas calculée.',
    example:
      'Exemple : un courriel vital sur le compte personnel d’un⋅e bénévole, et deux usages importants administrés par deux personnes au moins, donnent F = {value}.',
    person:
      'Une fonction utilisée, marquée vitale, dont le risque p vaut {p} (une seule personne, ou un compte personnel) est un point de défaillance unique de type « personne ».',
    cap: 'La fragilité plafonne le niveau sur le chemin : les niveaux {from} et {to} demandent aussi F ≤ {max} quand F est connue ; sinon, le niveau s’arrête à {level} et le calcul en garde la raison.',
    v1: 'Les diagnostics faits avec la version 1 du questionnaire gardent leur méthode : la question n’y était pas posée, F est inconnue et le niveau est celui de la version 1.',
  },

  vendors: {
    heading: 'Familles de fournisseurs et DMA',
    plain:
      'Le calcul range chaque fournisseur extérieur de vos outils dans une famille : plateforme dominante, autre éditeur propriétaire, acteur européen ou de l’économie sociale, hébergeur éthique, ou outil que vous avez décrit. La famille ne change aucun score : elle aide à lire qui détient vos usages.',
    rule: 'La première règle qui s’applique décide :',
    kinds: {
      described: 'Décrit par vous',
      dominant: 'Plateforme dominante',
      ethicalHost: 'Hébergeur éthique',
      europeanOrSocial: 'Européen ou économie sociale',
      otherProprietary: 'Autre éditeur propriétaire',
    },
    rules: {
      described: 'un fournisseur que vous avez décrit vous-même (absent du catalogue) ;',
      dominant:
        'un groupe désigné contrôleur d’accès par le DMA, ou le fournisseur d’au moins un outil du catalogue rangé du côté des plateformes dominantes ;',
      ethicalHost: 'un fournisseur dont tous les outils du catalogue sont chez un hébergeur éthique ;',
      europeanOrSocial:
        'un fournisseur établi dans l’un des {count} pays de l’UE, de l’EEE, en Suisse ou au Royaume-Uni, ou qui fait une alternative de l’économie sociale ou européenne ;',
      otherProprietary: 'tous les autres.',
    },
    jurisdiction:
      'La juridiction retenue pour un fournisseur est la plus risquée parmi ses outils que vous utilisez. Un logiciel libre que vous faites tourner vous-même n’a pas de fournisseur extérieur : il n’entre dans aucune famille.',
    dmaHeading: 'Le règlement sur les marchés numériques (DMA) : deux faits distincts',
    dmaGroup:
      'Le groupe : la Commission européenne a désigné certains groupes « contrôleurs d’accès » ({groups} fournisseurs du catalogue en font partie). C’est un fait du fournisseur.',
    dmaService:
      'Le service : parmi les services de ces groupes, seuls certains sont eux-mêmes désignés « services de plateforme essentiels » ({services} outils du catalogue). C’est un fait de l’outil, affiché dans le catalogue.',
    dmaMarketPower:
      'Le pouvoir de marché m lit le groupe : tout outil d’un groupe contrôleur d’accès vaut m = {gatekeeper}, même si le service lui-même n’est pas désigné, car c’est le groupe qui peut lier ses services entre eux et imposer ses conditions.',
    dmaExample: 'Exemple : {tool} n’est pas un service désigné, mais son groupe l’est : m = {gatekeeper}.',
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
    v2Practices:
      'La version 2 du questionnaire ajoute {count} pratique, signalée dans le tableau. Elle compte dans la maturité comme les autres. | La version 2 du questionnaire ajoute {count} pratiques, signalées dans le tableau. Elles comptent dans la maturité comme les autres.',
    newInV2: 'nouveau en version 2',
    maturityOnly: 'La maturité seulement',
    quoted: '« {label} »',
    notApplicable:
      'Une réponse qui ne s’applique pas à la structure est laissée de côté, comme « Je ne sais pas » : {answers}.',
    security:
      'La sécurité lit les réponses sur les sauvegardes et la double authentification, et aussi, depuis la version 2, celle sur les appareils et comptes personnels.',
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
    cap: 'Qui a les clés compte aussi : les niveaux {from} et {to} demandent une fragilité F de {max} ou moins quand elle est connue. Au-delà, le niveau s’arrête à {level}, quel que soit C.',
    capReason:
      'Quand le niveau s’arrête plus bas que ce que donne C, faute de contribution aux communs ou à cause de la fragilité, le calcul en garde la raison ; si les deux s’appliquent, c’est la fragilité, puisque c’est elle qui fixe le niveau. Sans réponse sur les clés (tout diagnostic de la version 1), le niveau est celui de la version 1.',
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

  plan: {
    heading: 'Le plan d’action',
    plain:
      'Le plan d’action part des résultats : pour chaque usage où la dépendance est forte, il cherche dans le catalogue l’alternative qui la réduit le plus pour le moins d’effort, en tenant compte de vos valeurs, et il propose des précautions quand l’outil est gardé. Le calcul est déterministe : les mêmes réponses donnent toujours le même plan.',
    worth:
      'Il vaut la peine d’agir sur une fonction utilisée dont l’outil est connu quand D ≥ {min} ; en dessous, aucune action.',
    keep: 'Un choix délibéré reçoit des précautions, jamais un remplacement. De même pour une fonction dont aucune alternative du catalogue ne fait baisser D.',
    candidates:
      'Sinon, chaque alternative que le catalogue donne pour la fonction, et que vous n’utilisez pas déjà, est essayée à la place de l’outil le plus exposé (de tous ceux qui sont à égalité) ; les autres outils de la fonction restent. D′ est la dépendance recalculée avec l’alternative ; une alternative sans gain est écartée. Les « autres outils courants » du catalogue ne sont jamais proposés.',
    formulas: 'Pour chaque alternative :',
    fit: 'L’adéquation porte sur les valeurs que les outils montrent (vie privée, souveraineté, communs, modèle économique, réversibilité) et que vous avez notées : I est leur importance, le risque celui que lit la pratique. Elle vaut {one} si aucune n’est notée.',
    effort:
      'L’effort de changement et l’effort de fonctionnement se lisent sur la même échelle. L’effort de fonctionnement ne s’ajoute que si l’auto-hébergement est la voie la plus simple (aucune offre hébergée ni logiciel à installer).',
    captionEffort: 'Effort selon son niveau',
    colLevel: 'Niveau d’effort',
    words: {
      gain: 'gain',
      fit: 'adéquation',
      risk: 'risque',
      effort: 'effort',
      switching: 'changement',
      running: 'fonctionnement',
      priority: 'priorité',
    },
    effortLevels: {
      low: 'Faible',
      medium: 'Moyen',
      high: 'Élevé',
    },
    order:
      'La proposition d’une fonction est son alternative de plus haute priorité (à égalité : l’effort le plus faible, puis l’identifiant). Les propositions sont classées par priorité.',
    quickWin: 'Un gain rapide demande un effort de {effort} et fait gagner au moins {gain} points de D.',
    sixMonths: 'Les {count} premières propositions forment le plan à six mois.',
    ifDone:
      'Chaque proposition dit aussi ce que deviendrait l’indice : DI − gain / n, n étant le nombre de fonctions notées.',
    mitigationsHeading: 'Les précautions',
    mitigationsIntro:
      'Elles viennent de règles sur vos réponses, pour les fonctions sur lesquelles il vaut la peine d’agir (D ≥ {min}) ou pour toute la structure :',
    mitigations: {
      exportAndRestore:
        'exporter régulièrement et essayer de restaurer ailleurs : outil gardé, sortie jamais testée et risque d’enfermement au-dessus de 0 ;',
      secondAdmin:
        'donner l’accès administrateur à une deuxième personne, avec un compte au nom de la structure : une seule personne a les clés (p = {p}), que l’outil soit remplacé ou non ;',
      publishFirst:
        'publier d’abord sur votre site ou un compte fédéré, puis relayer : outil gardé pour communiquer vers l’extérieur sur la plateforme d’un autre ;',
      movePersonalData:
        'sortir les données personnelles de l’outil : outil gardé qui contient des données personnelles ;',
      organisationAccounts:
        'créer les comptes avec une adresse de la structure plutôt que « Se connecter avec… » : point de défaillance unique de connexion ;',
      twoFactorAdmins:
        'activer la double authentification sur les comptes d’administration : elle n’est pas activée partout, ou vous ne savez pas.',
    },
    routesHeading: 'Comment y aller : hébergeurs, offres et prix',
    routes:
      'Pour chaque alternative, le plan indique comment l’obtenir : des offres nommées d’hébergeurs éthiques, avec leurs conditions et leur prix, l’auto-hébergement ou un logiciel à installer. Les offres gratuites passent d’abord ; le coût retenu est celui de l’offre hébergée la moins chère, comparée sur un an pour une structure de {users} personnes.',
    routesDated:
      'Ces voies viennent d’un fichier daté du {date} : {hosts} hébergeurs, {alternatives} alternatives. Chaque offre porte sa date de vérification, et un prix qu’aucune source ne confirme est marqué « indicatif ».',
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
    sides:
      'Chaque outil est rangé d’un côté : plateforme dominante, alternative, ou autre outil courant (ni dominant, ni proposé comme alternative). Dans cette version : {dominant} plateformes dominantes, {alternative} alternatives, {other} autres outils courants.',
    dmaCoreService: 'Service de plateforme essentiel désigné (DMA)',
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
      'une réponse de gouvernance ne modifie pas une valeur déjà lue dans les outils, pour ne pas compter deux fois la même chose ;',
    keys: 'version 2 : le questionnaire demande qui a les clés de chaque outil, d’où la fragilité F et les points de défaillance de type « personne » ;',
    fragilityCap:
      'version 2 : les niveaux {from} et {to} demandent aussi une fragilité faible quand elle est connue ;',
    practices:
      'version 2 : trois pratiques s’ajoutent (nom de domaine, appareils personnels, continuité), et la sécurité lit aussi les appareils personnels ;',
    exitImpossible:
      'version 2 : la réponse « Non, impossible aujourd’hui » sur la capacité à partir pèse autant que « Jamais regardé » (e = {e}) ;',
    plan: 'version 2 : un plan d’action déterministe, avec des propositions, des gains rapides et des précautions ;',
    dma: 'catalogue version 2 : le DMA y est décrit par deux faits, le groupe contrôleur d’accès et le service désigné ; le pouvoir de marché lit toujours le groupe ;',
    otherSide:
      'catalogue version 2 : un troisième côté, « autre outil courant », pour les outils ni dominants ni proposés comme alternatives, et des voies nommées vers chaque alternative.',
  },
}
