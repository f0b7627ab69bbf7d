import type { Catalogue } from '../en';
import { menu } from './menu';
import { about } from './about';
import { functions } from './functions';
import { report } from './report';

export const vi: Catalogue = { menu, about, functions, report };
