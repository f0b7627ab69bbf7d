/*
 * English: the reference catalogue. Swedish and Vietnamese are typed as `Catalogue`, so a key
 * missing in either fails to compile; a test fails for keys nobody uses.
 */
import { menu } from './menu';
import { about } from './about';
import { functions } from './functions';
import { report } from './report';

export const en = { menu, about, functions, report };

export type Catalogue = typeof en;
