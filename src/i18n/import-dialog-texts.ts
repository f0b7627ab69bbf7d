import { sectionTable } from './sections';

/** The import dialog's section, in a module of its own so the dialog page carries no other section. */
export const IMPORT_DIALOG_TEXTS = sectionTable('importDialog', (language) =>
  require(`./${language}/import-dialog.ts`),
);
