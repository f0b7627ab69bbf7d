import { languageFromLocale } from '../../src/i18n';

describe('languageFromLocale', () => {
  it.each([
    ['sv_SE', 'sv'],
    ['sv', 'sv'],
    ['sv-FI', 'sv'],
    ['vi_VN', 'vi'],
    ['vi', 'vi'],
    ['en_US', 'en'],
    ['en_GB', 'en'],
    ['de_DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });
});
