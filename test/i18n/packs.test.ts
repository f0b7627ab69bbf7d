import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIGEST_TEXTS,
  GOALS_TAB_TEXTS,
  IMPORT_SERVER_TEXTS,
  LANGUAGES,
  languageFromLocale,
  PERIOD_TEXTS,
  REPORT_TEXTS,
  SCHEDULE_TEXTS,
  type Catalogue,
  type Language,
} from '../../src/i18n';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { countedColumn, keyColumn } from '../../src/i18n/key-columns';
import { IMPORT_DIALOG_TEXTS } from '../../src/i18n/import-dialog-texts';
import { KPI_HELP_TEXTS } from '../../src/i18n/kpi-help';
import type { KeyColumnId, LanguagePack } from '../../src/i18n/pack';
import {
  columnAliases,
  decimalCommaLanguages,
  isRateInAnyLanguage,
  fromPacks,
  keyColumnAliases,
  LANGUAGE_PACKS,
  languageIn,
  monthWords,
  numberedMonthWords,
  packCurrencies,
  weekdayWords,
} from '../../src/i18n/packs';
import { FUNCTION_TEXTS } from '../../src/i18n/function-texts';
import { MENU_TEXTS, PERMISSION_TEXTS } from '../../src/i18n/script-texts';
import { GOAL_TEXTS, SIDEBAR_TEXTS } from '../../src/i18n/sidebar-texts';
import { WORKBENCH_LOCALES } from '../../src/local/workbench/runtime';
import { normaliseHeader } from '../../src/report/headers';
import { importLabelsFor } from '../../src/import/texts';
import { KEY_COLUMNS, KPIS } from '../../src/kpi/registry';
import { sidebarTexts } from '../../src/ui/GoalsSidebar/texts';

/*
 * "Adding a language is one folder and one line": every pack in the table is complete, every
 * table derived from it or keyed by Language has exactly its languages, and a pack added to a
 * copy of the table is picked up by every derivation without any other edit.
 */

const KEY_COLUMN_IDS: readonly KeyColumnId[] = ['date', 'channel', 'post_id', 'currency'];
const I18N = join(__dirname, '..', '..', 'src', 'i18n');
const sortedKeys = (value: object) => Object.keys(value).sort();

describe('the table of language packs', () => {
  it('lists English first, the language every other locale falls back to', () => {
    expect(LANGUAGES).toEqual(['en', 'sv', 'vi']);
    expect(languageFromLocale('de_DE')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });

  it.each(LANGUAGES)('%s: its locale prefixes pick it, with or without a region', (language) => {
    const prefixes = LANGUAGE_PACKS[language].localePrefixes;
    expect(prefixes.length).toBeGreaterThan(0);
    for (const prefix of prefixes) {
      expect(prefix).toBe(prefix.toLowerCase());
      expect([languageFromLocale(prefix), languageFromLocale(`${prefix.toUpperCase()}_XX`)]).toEqual([
        language,
        language,
      ]);
    }
  });

  it.each(LANGUAGES)(
    '%s: its date words are lower case, its months name all twelve, its weekdays all seven',
    (language) => {
      const pack: LanguagePack = LANGUAGE_PACKS[language];
      const months = Object.entries(pack.months);
      // Vietnamese numbers its months ("tháng 10"): a pack may name none, but never only some.
      if (months.length > 0)
        expect(new Set(months.map(([, month]) => month))).toEqual(
          new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
        );
      for (const [word] of months) expect(word).toBe(word.toLowerCase());
      expect(pack.weekdays.length).toBeGreaterThanOrEqual(7);
      for (const word of pack.weekdays) expect(word).toBe(word.toLowerCase());
    },
  );

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s: names every key column in its exports’ words, and a currency',
    (language) => {
      const pack: LanguagePack = LANGUAGE_PACKS[language];
      for (const id of KEY_COLUMN_IDS)
        expect({ id, count: pack.headerAliases[id].length > 0 }).toEqual({ id, count: true });
      expect(pack.currency).toMatch(/^[A-Z]{3}$/);
    },
  );

  it.each(LANGUAGES)('%s: its menu and permission texts have exactly English’s keys', (language) => {
    expect(sortedKeys(LANGUAGE_PACKS[language].menu)).toEqual(sortedKeys(LANGUAGE_PACKS.en.menu));
    expect(sortedKeys(LANGUAGE_PACKS[language].permissions)).toEqual(
      sortedKeys(LANGUAGE_PACKS.en.permissions),
    );
  });

  it('no header names two key columns, in any language or the registry', () => {
    const meaning = new Map<string, KeyColumnId>();
    for (const id of KEY_COLUMN_IDS) {
      for (const name of [KEY_COLUMNS[id].header, ...keyColumn(id).aliases]) {
        const key = normaliseHeader(name);
        expect({ name, id: meaning.get(key) ?? id }).toEqual({ name, id });
        meaning.set(key, id);
      }
    }
  });

  it('has one folder per language, named by its code, and no folder without its language', () => {
    const folders = readdirSync(I18N, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s: its folder has the files English has, and its own KPI help', (language) => {
    const files = (name: string) => readdirSync(join(I18N, name)).sort();
    const expected = language === 'en' ? files('en') : [...files('en'), 'kpi-help.ts'].sort();
    expect(files(language)).toEqual(expected);
  });

  it('every table keyed by language has exactly the table’s languages, each from its folder', () => {
    const sections: Record<string, [keyof Catalogue, Readonly<Record<Language, unknown>>]> = {
      MENU_TEXTS: ['menu', MENU_TEXTS],
      PERMISSION_TEXTS: ['permissions', PERMISSION_TEXTS],
      FUNCTION_TEXTS: ['functions', FUNCTION_TEXTS],
      GOALS_TAB_TEXTS: ['goalsTab', GOALS_TAB_TEXTS],
      IMPORT_SERVER_TEXTS: ['importServer', IMPORT_SERVER_TEXTS],
      REPORT_TEXTS: ['report', REPORT_TEXTS],
      PERIOD_TEXTS: ['periods', PERIOD_TEXTS],
      DIGEST_TEXTS: ['digest', DIGEST_TEXTS],
      SCHEDULE_TEXTS: ['schedule', SCHEDULE_TEXTS],
      SIDEBAR_TEXTS: ['sidebar', SIDEBAR_TEXTS],
      GOAL_TEXTS: ['goals', GOAL_TEXTS],
      IMPORT_DIALOG_TEXTS: ['importDialog', IMPORT_DIALOG_TEXTS],
    };
    const tables: Record<string, object> = {
      CATALOGUES,
      LANGUAGE_PACKS,
      ...Object.fromEntries(Object.entries(sections).map(([name, [, table]]) => [name, table])),
      KPI_HELP_TEXTS: { en: 'the KPIs’ own prose', ...KPI_HELP_TEXTS },
    };
    for (const [name, table] of Object.entries(tables))
      expect({ name, languages: sortedKeys(table) }).toEqual({ name, languages: [...LANGUAGES].sort() });
    for (const language of LANGUAGES) {
      for (const [name, [key, table]] of Object.entries(sections))
        expect({ name, language, same: table[language] === CATALOGUES[language][key] }).toEqual({
          name,
          language,
          same: true,
        });
      expect(importLabelsFor(language)).toBe(CATALOGUES[language].importDialog);
      expect(sidebarTexts(language).ui).toBe(CATALOGUES[language].sidebar);
      expect(sidebarTexts(language).goals).toBe(CATALOGUES[language].goals);
    }
    expect(WORKBENCH_LOCALES).toEqual(['en_US', 'sv_SE', 'vi_VN']);
    expect(WORKBENCH_LOCALES.map(languageFromLocale)).toEqual(LANGUAGES);
  });

  it('derives the same key-column headers, in the same order, as the registry listed before the packs', () => {
    expect(keyColumn('date').aliases).toEqual(['Day', 'Datum', 'Dag', 'Ngày']);
    expect(keyColumn('channel').aliases).toEqual([
      'Platform',
      'Network',
      'Kanal',
      'Plattform',
      'Kênh',
      'Nền tảng',
    ]);
    expect(keyColumn('post_id').aliases).toEqual([
      'Post id',
      'Content ID',
      'Tweet id',
      'Inläggs-ID',
      'ID bài viết',
    ]);
    expect(keyColumn('currency').aliases).toEqual(['Currency code', 'Valuta', 'Tiền tệ', 'Đơn vị tiền tệ']);
    const likes = KPIS.find((kpi) => kpi.id === 'likes')!;
    expect(countedColumn('likes', likes.column!).aliases).toEqual([
      'Reactions',
      'Post reactions',
      'Gilla-markeringar',
      'Gillamarkeringar',
      'Reaktioner',
      'Lượt thích',
      'Cảm xúc',
      'Lượt bày tỏ cảm xúc',
    ]);
    expect(
      ['engagement rate', 'ctr', 'klickfrekvens', 'engagemangsgrad', 'tỷ lệ nhấp', 'likes', 'klick'].map(
        (header) => isRateInAnyLanguage(header),
      ),
    ).toEqual([true, true, true, true, true, false, false]);
    expect(decimalCommaLanguages()).toEqual(new Set(['sv', 'vi']));
    expect(packCurrencies()).toEqual({ sv: 'SEK', vi: 'VND' });
    expect(monthWords().get('okt')).toEqual({ month: 10, language: 'sv' });
    expect(monthWords().get('sep')).toEqual({ month: 9 });
  });

  it('a pack missing a text, or a table missing a language, does not compile', () => {
    const { weekdays, ...withoutWeekdays } = LANGUAGE_PACKS.en;
    // @ts-expect-error a pack without its weekday words is not a LanguagePack
    const incomplete: LanguagePack = withoutWeekdays;
    // @ts-expect-error a menu without one of English's items is not the menu section
    const shortMenu: Catalogue['menu'] = { ...LANGUAGE_PACKS.en.menu, about: undefined };
    // @ts-expect-error a per-section table without Vietnamese is not a table of every language
    const missing: Readonly<Record<Language, Catalogue['report']>> = {
      en: REPORT_TEXTS.en,
      sv: REPORT_TEXTS.sv,
    };
    // At run time, too, each is short of what English has.
    expect([weekdays.length, 'weekdays' in incomplete, shortMenu.about, 'vi' in missing]).toEqual([
      17,
      false,
      undefined,
      false,
    ]);
  });
});

describe('a language added as one pack in a copy of the table', () => {
  const en: LanguagePack = LANGUAGE_PACKS.en;
  const xx: LanguagePack = {
    ...en,
    localePrefixes: ['xx'],
    decimalComma: true,
    currency: 'XXX',
    months: { ...en.months, mensis: 10 },
    numberedMonths: { month: ['mensis'], day: ['dies'], year: ['anno'] },
    weekdays: [...en.weekdays, 'dies solis'],
    headerAliases: { date: ['Dies'], channel: ['Canalis'], post_id: ['Nuntius'], currency: ['Moneta'] },
    columnAliases: { likes: ['Placet'] },
    rateHeader: /ratio$/,
    menu: { ...en.menu, goals: 'Metae SMART' },
    permissions: { ...en.permissions, title: 'Licentia necessaria' },
  };
  const packs = { ...LANGUAGE_PACKS, xx };

  it('is picked by its locale; the others keep theirs, and English stays the fallback', () => {
    expect(['xx_YY', 'sv_SE', 'vi_VN', 'en_US', 'de_DE'].map((locale) => languageIn(packs, locale))).toEqual([
      'xx',
      'sv',
      'vi',
      'en',
      'en',
    ]);
  });

  it('has its menu and permission texts in the derived tables', () => {
    expect(fromPacks((pack) => pack.menu, packs).xx.goals).toBe('Metae SMART');
    expect(fromPacks((pack) => pack.permissions, packs).xx.title).toBe('Licentia necessaria');
    expect(fromPacks((pack) => pack.menu, packs).sv).toBe(MENU_TEXTS.sv);
  });

  it('has its date words read, its own months marking its dates', () => {
    const words = monthWords(packs);
    expect(words.get('mensis')).toEqual({ month: 10, language: 'xx' });
    // Words English uses stay unmarked, whichever pack repeats them.
    expect(words.get('oct')).toEqual({ month: 10 });
    expect(weekdayWords(packs).has('dies solis')).toBe(true);
    expect(numberedMonthWords(packs)).toEqual([
      { month: ['tháng', 'thg'], day: ['ngày'], year: ['năm'], language: 'vi' },
      { month: ['mensis'], day: ['dies'], year: ['anno'], language: 'xx' },
    ]);
  });

  it('has its headers, notation and currency in the derived tables', () => {
    expect(keyColumnAliases('date', packs)).toEqual(['Datum', 'Dag', 'Ngày', 'Dies']);
    expect(keyColumnAliases('currency', packs)).toEqual(['Valuta', 'Tiền tệ', 'Đơn vị tiền tệ', 'Moneta']);
    expect(columnAliases('likes', packs).slice(-2)).toEqual(['Lượt bày tỏ cảm xúc', 'Placet']);
    expect([isRateInAnyLanguage('clicks ratio', packs), isRateInAnyLanguage('clicks ratio')]).toEqual([
      true,
      false,
    ]);
    expect(decimalCommaLanguages(packs)).toEqual(new Set(['sv', 'vi', 'xx']));
    expect(packCurrencies(packs)).toEqual({ sv: 'SEK', vi: 'VND', xx: 'XXX' });
  });
});
