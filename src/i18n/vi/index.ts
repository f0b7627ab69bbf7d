import type { Catalogue } from '../en';
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

export const vi: Catalogue = {
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
