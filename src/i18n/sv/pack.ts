import type { LanguagePack } from '../pack';
import { menu } from './menu';
import { permissions } from './permissions';

/** Swedish: sv_SE spreadsheets, decimal comma, kronor; "3 okt. 2026", "lördag 3 oktober 2026". */
export const pack = {
  localePrefixes: ['sv'],
  exampleLocale: 'sv_SE',
  decimalComma: true,
  currency: 'SEK',
  // The names English shares (jan, feb, mar, apr, aug, sep, nov, dec, april, september …) say nothing of the language.
  months: {
    jan: 1,
    januari: 1,
    feb: 2,
    februari: 2,
    mar: 3,
    mars: 3,
    apr: 4,
    april: 4,
    maj: 5,
    jun: 6,
    juni: 6,
    jul: 7,
    juli: 7,
    aug: 8,
    augusti: 8,
    sep: 9,
    sept: 9,
    september: 9,
    okt: 10,
    oktober: 10,
    nov: 11,
    november: 11,
    dec: 12,
    december: 12,
  },
  weekdays: [
    ...['mån', 'tis', 'ons', 'tor', 'tors', 'fre', 'lör', 'sön'],
    ...['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  ],
  headerAliases: {
    date: ['Datum', 'Dag'],
    channel: ['Kanal', 'Plattform'],
    post_id: ['Inläggs-ID'],
    currency: ['Valuta'],
  },
  allChannels: ['alla kanaler'],
  menu,
  permissions,
} as const satisfies LanguagePack;
