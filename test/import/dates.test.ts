import { decideDateOrder, isIsoDate, readDate, tokeniseDate } from '../../src/import/dates';

describe('dates', () => {
  it.each([
    ['2026-10-05', '2026-10-05'],
    ['2026-10-05T09:30:00', '2026-10-05'],
    ['2026-10-05 09:30', '2026-10-05'],
    ['2026/10/05', '2026-10-05'],
    ['Oct 5, 2026', '2026-10-05'],
    ['October 5, 2026', '2026-10-05'],
    ['Mon, Oct 5, 2026', '2026-10-05'],
    ['5 Oct 2026', '2026-10-05'],
    ['5 October 2026', '2026-10-05'],
    ['05.10.2026', '2026-10-05'],
  ])('reads %j as %j without asking', (text, iso) => {
    expect(readDate(text, undefined)).toBe(iso);
  });

  it('reads 05/10/2026 by the order the file shows', () => {
    expect(readDate('05/10/2026', 'dmy')).toBe('2026-10-05');
    expect(readDate('05/10/2026', 'mdy')).toBe('2026-05-10');
    expect(readDate('05/10/2026', undefined)).toBeUndefined();
  });

  it('learns day/month from a day above 12, month/day from a second part above 12', () => {
    expect(decideDateOrder(['05/10/2026', '13/10/2026'])).toEqual({ kind: 'known', order: 'dmy' });
    expect(decideDateOrder(['10/05/2026', '10/13/2026 17:45'])).toEqual({ kind: 'known', order: 'mdy' });
  });

  it('asks when no date shows the order, and needs nothing when no date is numeric', () => {
    expect(decideDateOrder(['05/10/2026', '06/10/2026'])).toEqual({ kind: 'ask' });
    expect(decideDateOrder(['2026-10-05', 'Oct 6, 2026', ''])).toEqual({ kind: 'none' });
  });

  it('refuses a file that writes dates both ways', () => {
    expect(decideDateOrder(['13/10/2026', '10/14/2026'])).toEqual({
      kind: 'conflict',
      dayFirst: '13/10/2026',
      monthFirst: '10/14/2026',
    });
  });

  it.each(['2026-02-30', '31/04/2026x', 'Lifetime', 'Total', '5/10/26', 'Foo 5, 2026'])(
    'refuses %j',
    (text) => {
      expect(readDate(text, 'dmy')).toBeUndefined();
    },
  );

  it('blank is blank, not invalid', () => {
    expect(tokeniseDate('  ')).toEqual({ kind: 'blank' });
  });

  it('checks ISO dates strictly on the server side', () => {
    expect(isIsoDate('2026-10-05')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
  });
});
