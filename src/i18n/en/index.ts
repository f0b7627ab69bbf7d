/*
 * English: the reference catalogue. Swedish and Vietnamese are typed as `Catalogue`, so a key
 * missing in either fails to compile; a test fails for keys nobody uses.
 */
import { menu } from './menu';
import { about } from './about';
import { functions } from './functions';

export const en = { menu, about, functions };

export type Catalogue = typeof en;
