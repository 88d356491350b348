// Texts of the shell and the home page in English: exactly the keys of app.fr.ts, which the type
// below enforces (`app.wizard` and `app.results` are in their own files).
import type fr from './app.fr'
import type { SameKeys } from '../schema'

export default {
  name: 'Digital autonomy',
  tagline: 'A self-assessment of the digital dependencies of public-interest organisations',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main navigation',
    home: 'Home',
    method: 'Method',
    methodTitle: 'How scores are computed',
  },
  language: {
    label: 'Language',
    switchTo: 'Français',
    switchToLabel: 'Passer en français',
  },
  footer: {
    privacy: 'This tool runs entirely in your browser: your answers never leave this device.',
  },
  saveProblem: {
    // The app-wide notice when a save failed (src/components/app/AppSaveProblem.vue).
    heading: 'Your latest answers are not saved',
    importHeading: 'The file you opened is not saved on this device',
    quota: 'This device’s storage is full.',
    unavailable: 'This browser does not allow saving (private browsing or storage turned off).',
    unknown: 'Something unexpected went wrong while saving.',
    keep: 'They stay on screen while this tab is open. Download them now so nothing is lost.',
    importKeep:
      'It stays on screen while this tab is open, but will be gone the next time the page loads. Keep your file, or download it again.',
    download: 'Download my answers now',
    retry: 'Try saving again',
  },
  home: {
    title: 'Home',
    heading: 'Are your digital tools choices?',
    lead: 'A self-assessment for associations, foundations, cooperatives and collectives: which tools you use, whom you depend on, and whether that fits your values.',
    duration: 'It takes about twenty minutes. You can stop at any time and pick up where you left off.',
    promise: 'Your answers never leave this device. No account, nothing sent, no tracking.',
    notBoycott:
      'This is not about leaving everything: keeping a dominant tool can be a sound choice, as long as it is a choice.',
    start: 'Start an assessment',
    draftHeading: 'Assessment in progress',
    draftUnnamed: 'Unnamed organisation',
    draftSummary: '{percent}% answered · last saved {date}',
    draftNotSaved: '{percent}% answered · not saved on this device yet',
    continue: 'Continue the assessment',
    startNew: 'Start a new assessment',
    newDialog: {
      title: 'Start a new assessment?',
      body: 'The assessment in progress, “{name}”, stays saved on this device: you will find it in the list. You can also download a copy before you start.',
      download: 'Download the assessment in progress',
      confirm: 'Start',
      cancel: 'Cancel',
    },
    history: {
      heading: 'Your other assessments',
      count: '{count} assessment saved on this device | {count} assessments saved on this device',
      draft: 'In progress',
      finished: 'Finished',
      organisation: 'Organisation: {name}',
      progress: '{percent}% answered',
      savedOn: 'changed on {date}',
      finishedOn: 'finished on {date}',
      level: 'Level {level} of 5',
      noLevel: 'No level (too few answers)',
      dependency: 'Dependency {value}/100',
      fragility: 'Fragility {value}/100',
      governance: 'Governance {value}/100',
      scoring: 'Computing the scores…',
      continue: 'Continue',
      results: 'Results',
      more: 'More actions',
      rename: 'Rename',
      renameLabel: 'New name',
      renameHelp: 'Leave empty to go back to the organisation’s name.',
      save: 'Save',
      cancel: 'Cancel',
      duplicate: 'Duplicate',
      copyTitle: '{name} (copy)',
      nextYear: 'Start next year’s from this one',
      download: 'Download',
      compare: 'Compare with “{name}” ({date})',
      delete: 'Delete',
      deleted: '“{name}” was deleted from this device.',
      undo: 'Undo',
      downloadDeleted: 'Download it',
      failed: 'Saving on this device failed: nothing was changed.',
    },
    files: {
      heading: 'Files',
      backup: 'Download a backup of every assessment',
      backupHelp:
        'One file with every assessment on this device, to keep somewhere safe or to open on another device.',
      /** The backup file's name before its date: lower-case a-z and dashes. */
      backupFileName: 'autonomy-backup',
    },
    seeResults: 'See the results',
    unreadable:
      'The assessment saved on this device could not be read (it may be damaged, or come from a newer version of the tool). It has been set aside, not erased. You can start a new assessment.',
    unreadableDetails: 'Technical details',
    storageUnavailable:
      'This browser does not allow saving on this device (private browsing or storage turned off). You can answer, but your answers will be lost when the tab closes.',
    loading: 'Loading…',
  },
  import: {
    label: 'Open an assessment or a backup (JSON file)',
    choose: 'Choose a file…',
    noFile: 'No file chosen',
    chosen: 'Chosen file: {name}',
    help: 'A file downloaded from this tool, on this device or another. It stays on your device.',
    failed: {
      // One message per kind of read problem (src/domain/read-problem.ts), plus a file the browser could not open.
      unreadable: 'This file could not be opened.',
      notJson: 'This file could not be read: it is not a JSON file.',
      otherFormat: 'This file is not an assessment saved by this tool.',
      newerVersion: 'This assessment was saved by a newer version of this tool: update the tool to open it.',
      invalidField: 'This assessment is damaged: some values are not valid.',
      unknownQuestionnaire: 'This assessment answers a questionnaire this tool cannot read.',
      unknownQuestion: 'This assessment contains answers to questions this questionnaire does not have.',
      wrongAnswerKind: 'This assessment contains answers of a type their question does not expect.',
      unknownOption: 'This assessment contains choices this questionnaire does not offer.',
      unknownTool: 'This assessment names tools that are not in this tool’s catalogue.',
      tooLarge: 'This file is too large to be an assessment (5 MB at most).',
      forbiddenKey: 'This file contains forbidden keys: it is not an assessment saved by this tool.',
      duplicate: 'This assessment lists the same tool or choice more than once for a question.',
      tooLong: 'This assessment contains texts longer than this tool accepts.',
    },
    nothingChanged: 'Nothing has been changed.',
    imported: '{count} assessment imported. | {count} assessments imported.',
    identical:
      '{count} was already on this device, identical. | {count} were already on this device, identical.',
    conflict: {
      title: 'Already on this device',
      body: 'The file holds another version of an assessment already saved here: | The file holds other versions of {count} assessments already saved here:',
      copies: 'Keep both (import as copies)',
      replace: 'Download the ones on this device, then replace them',
      cancel: 'Import nothing',
      copyTitle: '{name} (imported copy)',
    },
  },
  version: {
    // A draft answered with questionnaire version 1 (src/components/app/VersionNotice.vue).
    title: 'A new version of the questionnaire',
    notice:
      'This assessment was filled in with version 1 of the questionnaire. Version 2 adds {count} question (who holds the keys to your tools, new practices and new functions). | This assessment was filled in with version 1 of the questionnaire. Version 2 adds {count} questions (who holds the keys to your tools, new practices and new functions).',
    kept: 'All your answers will be kept, and the new questions will be left for you to answer. You can first download your answers as they are.',
    download: 'Download my answers (version 1)',
    migrate: 'Continue with version 2',
    failed: 'Moving to version 2 did not work. Nothing was changed.',
    report: {
      title: 'This assessment now follows version 2',
      lead: 'Your answers were kept. The new questions:',
      keys: 'Who holds the keys, for your function in use: | Who holds the keys, for each of your {count} functions in use:',
      followUp: '{question}, for:',
      functions: 'A new function: | New functions:',
      changes: 'What changed in your answers:',
      nowUnused:
        '{function}: “{tool}” is no longer a tool in the catalogue; the function is now marked “not used”.',
      notATool:
        '{function}: “{tool}” was not a tool but a way of saying “none”; it was taken out and your other tools are kept.',
      dropped: '{function}: “{tool}” is no longer in the catalogue; choose the tool you use.',
      narrowed: '{function}: “{before}” is now “{after}”. If you use {others} instead, choose it.',
      droppedAnswers:
        '{count} answer no longer fitted the questionnaire and was not kept. | {count} answers no longer fitted the questionnaire and were not kept.',
      close: 'Got it',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist.',
  },
} satisfies SameKeys<typeof fr>
