import { createWorld } from '../support/world';
import { callGlobal, loadBundle } from '../support/bundle';

function errorIn(locale: string, formula: () => [string, unknown[]]): string {
  // Sheets runs every custom function call in AuthMode.CUSTOM_FUNCTION: reading the locale is allowed.
  const { gas } = createWorld('stockholm-en', { authMode: 'CUSTOM_FUNCTION', locale });
  const project = loadBundle(gas.globals());
  const [name, args] = formula();
  try {
    callGlobal(project, name, ...args);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} did not fail`);
}

describe('custom function errors in the spreadsheet’s language', () => {
  it('a zero denominator, in English, Swedish and Vietnamese', () => {
    expect(errorIn('en_US', () => ['CTR', [5, 0]])).toBe('CTR: impressions is 0, so the rate is undefined');
    expect(errorIn('sv_SE', () => ['CTR', [5, 0]])).toBe(
      'CTR: impressions är 0, så andelen går inte att beräkna',
    );
    expect(errorIn('vi_VN', () => ['CTR', [5, 0]])).toBe(
      'CTR: impressions bằng 0, nên không tính được tỷ lệ',
    );
  });

  it('bad text in a range names the row in the language, quoting the text as typed', () => {
    const args = (): [string, unknown[]] => [
      'ENGAGEMENT_RATE',
      [
        [[1], [2]],
        [[10], ['n/a']],
      ],
    ];
    expect(errorIn('sv_SE', args)).toBe('ENGAGEMENT_RATE: base rad 2 är "n/a", inte ett tal');
    expect(errorIn('vi_VN', args)).toBe('ENGAGEMENT_RATE: base hàng 2 là "n/a", không phải là số');
  });

  it('numbers in a message use the language’s decimal comma, booleans Sheets’ own words', () => {
    expect(errorIn('sv_SE', () => ['CTR', [-1.5, 10]])).toBe(
      'CTR: clicks är -1,5, men det får inte vara negativt',
    );
    expect(errorIn('sv_SE', () => ['CTR', [true, 10]])).toBe('CTR: clicks är SANT, inte ett tal');
  });

  it('a successful call asks the spreadsheet nothing', () => {
    const { gas } = createWorld('stockholm-sv', { authMode: 'CUSTOM_FUNCTION' });
    const project = loadBundle(gas.globals());
    expect(callGlobal(project, 'CTR', 5, 100)).toBe(0.05);
    expect(gas.calls.total()).toBe(0);
  });
});
