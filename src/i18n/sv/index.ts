import type { Catalogue } from '../en';
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

export const catalogue: Catalogue = {
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
