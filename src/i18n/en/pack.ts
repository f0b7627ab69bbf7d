import type { LanguagePack } from '../pack';
import { menu } from './menu';
import { permissions } from './permissions';

/** English: the reference language, and the one every other locale falls back to. */
export const pack = {
  localePrefixes: ['en'],
  exampleLocale: 'en_US',
  decimalComma: false,
  months: {
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
  },
  weekdays: [
    ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
    ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ],
  // English's are the registry's own (kpi/registry KEY_COLUMNS), next to the English headers.
  headerAliases: { date: [], channel: [], post_id: [], currency: [] },
  rateHeader: /\brate\b|\bctr\b/,
  allChannels: ['all channels'],
  menu,
  permissions,
} as const satisfies LanguagePack;
