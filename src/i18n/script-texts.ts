import type { Catalogue } from './en';
import type { Language } from './language';
import { fromPacks } from './packs';

/*
 * The menu and what a menu item says when a permission is missing, from the language packs. With
 * the custom functions' messages (./function-texts.ts), these are the only language tables the
 * script files (dist/bundle.js), which every custom function call loads, import; the rest are in
 * ./index.ts, for the code loaded on demand.
 */

/** The add-on menu, from the language packs. */
export const MENU_TEXTS: Readonly<Record<Language, Catalogue['menu']>> = fromPacks((pack) => pack.menu);

/** What a menu item says when a permission is missing; in the script files, as the menu is. */
export const PERMISSION_TEXTS: Readonly<Record<Language, Catalogue['permissions']>> = fromPacks(
  (pack) => pack.permissions,
);
