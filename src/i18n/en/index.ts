/*
 * English: the reference catalogue. Swedish and Vietnamese are typed as `Catalogue`, so a key
 * missing in either fails to compile; a test fails for keys nobody uses.
 */
import { menu } from './menu';
import { permissions } from './permissions';
import { names } from './names';
import { about } from './about';
import { functions } from './functions';
import { report } from './report';
import { goals, goalsTab } from './goals';
import { sidebar } from './sidebar';
import { importDialog, importServer } from './import';
import { periods } from './periods';
import { digest } from './digest';
import { schedule } from './schedule';

export const en = {
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

export type Catalogue = typeof en;
