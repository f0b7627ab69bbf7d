/*
 * English: the reference catalogue. Every other language's index.ts is typed as `Catalogue`, so a
 * key missing in one fails to compile; a test fails for keys nobody uses. Each section is also
 * read from its own file, under the same name, by the tables that need it (src/i18n/*.ts).
 */
import { menu } from './menu';
import { permissions } from './permissions';
import { names } from './names';
import { about } from './about';
import { functions } from './functions';
import { report } from './report';
import { goals } from './goals';
import { goalsTab } from './goals-tab';
import { sidebar } from './sidebar';
import { importDialog } from './import-dialog';
import { importServer } from './import-server';
import { periods } from './periods';
import { digest } from './digest';
import { schedule } from './schedule';

export const catalogue = {
  menu,
  permissions,
  names,
  about,
  functions,
  report,
  goals,
  goalsTab,
  sidebar,
  importDialog,
  importServer,
  periods,
  digest,
  schedule,
};

export type Catalogue = typeof catalogue;
