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
  notFound: {
    title: 'Page introuvable',
    text: 'Cette page n’existe pas.',
  },
}
