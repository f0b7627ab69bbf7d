import type { Catalogue } from '../en';
import { menu } from './menu';
import { about } from './about';
import { functions } from './functions';
import { goals, goalsTab } from './goals';
import { sidebar } from './sidebar';
import { importDialog, importServer } from './import';

export const sv: Catalogue = { menu, about, functions, goals, goalsTab, sidebar, importDialog, importServer };
