// Texts of the shell and the home page (French, the reference language), loaded on every screen.
// The wizard's and the results' texts (`app.wizard`, `app.results`) live in app.wizard.fr.ts and
// app.results.fr.ts, loaded with their routes. Keys mirror app.en.ts exactly (typed).
export default {
  name: 'Autonomie numérique',
  tagline: 'Autodiagnostic des dépendances numériques des organisations d’intérêt général',
  skipLink: 'Aller au contenu',
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    // Short, so the header holds on one line on a phone; the page's title is methodTitle.
    method: 'Méthode',
    methodTitle: 'Méthode de calcul',
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
  saveProblem: {
    // The app-wide notice when a save failed (src/components/app/AppSaveProblem.vue).
    heading: 'Vos dernières réponses ne sont pas enregistrées',
    importHeading: 'Le fichier ouvert n’est pas enregistré sur cet appareil',
    quota: 'L’espace de stockage de cet appareil est plein.',
    unavailable: 'Ce navigateur ne permet pas d’enregistrer (navigation privée ou stockage désactivé).',
    unknown: 'Une erreur inattendue est survenue pendant l’enregistrement.',
    keep: 'Elles restent affichées tant que cet onglet est ouvert. Téléchargez-les maintenant pour ne rien perdre.',
    importKeep:
      'Il reste affiché tant que cet onglet est ouvert, mais il aura disparu au prochain chargement de la page. Gardez votre fichier, ou téléchargez-le à nouveau.',
    download: 'Télécharger mes réponses maintenant',
    retry: 'Réessayer d’enregistrer',
  },
  home: {
    title: 'Accueil',
    heading: 'Vos outils numériques sont-ils des choix ?',
    lead: 'Un autodiagnostic pour les associations, fondations, coopératives et collectifs : quels outils utilisez-vous, de qui dépendez-vous, et est-ce cohérent avec vos valeurs ?',
    duration:
      'Comptez une vingtaine de minutes. Vous pouvez vous arrêter à tout moment et reprendre plus tard.',
    promise: 'Vos réponses ne quittent jamais cet appareil. Aucun compte, aucun envoi, aucun traceur.',
    notBoycott:
      'Il ne s’agit pas de tout quitter : garder un outil dominant peut être un bon choix, à condition que ce soit un choix.',
    start: 'Commencer un diagnostic',
    draftHeading: 'Diagnostic en cours',
    draftUnnamed: 'Organisation sans nom',
    draftSummary: '{percent} % répondu · dernier enregistrement {date}',
    draftNotSaved: '{percent} % répondu · pas encore enregistré sur cet appareil',
    continue: 'Reprendre le diagnostic',
    startNew: 'Commencer un nouveau diagnostic',
    newDialog: {
      title: 'Commencer un nouveau diagnostic ?',
      body: 'Le diagnostic en cours, « {name} », reste enregistré sur cet appareil : vous le retrouverez dans la liste. Vous pouvez aussi en télécharger une copie avant de commencer.',
      download: 'Télécharger le diagnostic en cours',
      confirm: 'Commencer',
      cancel: 'Annuler',
    },
    history: {
      heading: 'Vos autres diagnostics',
      count:
        '{count} diagnostic enregistré sur cet appareil | {count} diagnostics enregistrés sur cet appareil',
      draft: 'En cours',
      finished: 'Terminé',
      organisation: 'Organisation : {name}',
      progress: '{percent} % répondu',
      savedOn: 'modifié le {date}',
      finishedOn: 'terminé le {date}',
      level: 'Niveau {level} sur 5',
      noLevel: 'Pas de niveau (trop peu de réponses)',
      dependency: 'Dépendance {value}/100',
      fragility: 'Fragilité {value}/100',
      governance: 'Gouvernance {value}/100',
      scoring: 'Calcul des scores…',
      continue: 'Reprendre',
      results: 'Résultats',
      more: 'Autres actions',
      rename: 'Renommer',
      renameLabel: 'Nouveau nom',
      renameHelp: 'Laissez vide pour reprendre le nom de l’organisation.',
      save: 'Enregistrer',
      cancel: 'Annuler',
      duplicate: 'Dupliquer',
      copyTitle: '{name} (copie)',
      nextYear: 'Commencer celui de l’année suivante à partir de celui-ci',
      download: 'Télécharger',
      compare: 'Comparer avec « {name} » ({date})',
      delete: 'Supprimer',
      deleted: '« {name} » a été supprimé de cet appareil.',
      undo: 'Annuler la suppression',
      downloadDeleted: 'Le télécharger',
      failed: 'L’enregistrement sur cet appareil a échoué : rien n’a été modifié.',
    },
    files: {
      heading: 'Fichiers',
      backup: 'Télécharger une sauvegarde de tous les diagnostics',
      backupHelp:
        'Un seul fichier avec tous les diagnostics de cet appareil, à garder en lieu sûr ou à ouvrir sur un autre appareil.',
      /** The backup file's name before its date: lower-case a-z and dashes. */
      backupFileName: 'autonomie-sauvegarde',
    },
    seeResults: 'Voir les résultats',
    unreadable:
      'Le diagnostic enregistré sur cet appareil n’a pas pu être lu (il est peut-être abîmé ou vient d’une version plus récente de l’outil). Il a été mis de côté, pas effacé. Vous pouvez commencer un nouveau diagnostic.',
    unreadableDetails: 'Détail technique',
    storageUnavailable:
      'Ce navigateur ne permet pas d’enregistrer sur cet appareil (navigation privée ou stockage désactivé). Vous pouvez répondre, mais vos réponses seront perdues à la fermeture de l’onglet.',
    loading: 'Chargement…',
  },
  import: {
    label: 'Ouvrir un diagnostic ou une sauvegarde (fichier JSON)',
    choose: 'Choisir un fichier…',
    noFile: 'Aucun fichier choisi',
    chosen: 'Fichier choisi : {name}',
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
      tooLarge: 'Ce fichier est trop volumineux pour être un diagnostic (5 Mo au plus).',
      forbiddenKey:
        'Ce fichier contient des clés interdites : ce n’est pas un diagnostic enregistré par cet outil.',
      duplicate: 'Ce diagnostic cite plusieurs fois le même outil ou le même choix pour une question.',
      tooLong: 'Ce diagnostic contient des textes plus longs que ce que l’outil accepte.',
    },
    nothingChanged: 'Rien n’a été modifié.',
    imported: '{count} diagnostic importé. | {count} diagnostics importés.',
    identical:
      '{count} était déjà sur cet appareil à l’identique. | {count} étaient déjà sur cet appareil à l’identique.',
    conflict: {
      title: 'Déjà sur cet appareil',
      body: 'Le fichier contient une autre version d’un diagnostic déjà enregistré ici : | Le fichier contient une autre version de {count} diagnostics déjà enregistrés ici :',
      copies: 'Garder les deux (importer comme copies)',
      replace: 'Télécharger ceux de cet appareil, puis les remplacer',
      cancel: 'Ne rien importer',
      copyTitle: '{name} (copie importée)',
    },
  },
  version: {
    // A draft answered with questionnaire version 1 (src/components/app/VersionNotice.vue).
    title: 'Une nouvelle version du questionnaire',
    notice:
      'Ce diagnostic a été rempli avec la version 1 du questionnaire. La version 2 ajoute {count} question (qui détient les accès à vos outils, de nouvelles pratiques et de nouvelles fonctions). | Ce diagnostic a été rempli avec la version 1 du questionnaire. La version 2 ajoute {count} questions (qui détient les accès à vos outils, de nouvelles pratiques et de nouvelles fonctions).',
    kept: 'Toutes vos réponses seront gardées et les nouvelles questions resteront à remplir. Vous pouvez d’abord télécharger vos réponses telles qu’elles sont.',
    download: 'Télécharger mes réponses (version 1)',
    migrate: 'Continuer avec la version 2',
    failed: 'Le passage à la version 2 n’a pas pu se faire. Rien n’a été modifié.',
    report: {
      title: 'Ce diagnostic suit maintenant la version 2',
      lead: 'Vos réponses ont été gardées. Les nouvelles questions :',
      keys: 'Qui détient les accès, pour votre fonction en usage : | Qui détient les accès, pour chacune de vos {count} fonctions en usage :',
      followUp: '{question}, pour :',
      functions: 'Une nouvelle fonction : | De nouvelles fonctions :',
      changes: 'Ce qui a changé dans vos réponses :',
      nowUnused:
        '{function} : « {tool} » n’est plus un outil du catalogue ; la fonction est maintenant notée « non utilisée ».',
      notATool:
        '{function} : « {tool} » n’était pas un outil mais une façon de dire « aucun » ; il a été retiré et vos autres outils sont gardés.',
      dropped: '{function} : « {tool} » n’est plus au catalogue ; choisissez l’outil que vous utilisez.',
      narrowed:
        '{function} : « {before} » est devenu « {after} ». Si vous utilisez plutôt {others}, choisissez-le.',
      droppedAnswers:
        '{count} réponse ne correspondait plus au questionnaire et n’a pas été gardée. | {count} réponses ne correspondaient plus au questionnaire et n’ont pas été gardées.',
      close: 'J’ai compris',
    },
  },
  notFound: {
    title: 'Page introuvable',
    text: 'Cette page n’existe pas.',
  },
}
