import type { Catalogue } from '../en';
import { menu } from './menu';
import { about } from './about';
import { functions } from './functions';

export const sv: Catalogue = { menu, about, functions };
