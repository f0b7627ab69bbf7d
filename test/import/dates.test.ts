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
    expect(decideDateOrder(['05/10/2026', '06/10/2026'])).toEqual({
      kind: 'ask',
      sample: { text: '05/10/2026', offset: 0 },
    });
    expect(decideDateOrder(['2026-10-05', 'Oct 6, 2026', ''])).toEqual({ kind: 'none' });
  });

  it('refuses a file that writes dates both ways', () => {
    expect(decideDateOrder(['13/10/2026', '10/14/2026'])).toEqual({
      kind: 'conflict',
      dayFirst: { text: '13/10/2026', offset: 0 },
      monthFirst: { text: '10/14/2026', offset: 1 },
    });
  });

  it.each([
    '2026-02-30',
    '31 okt. 2026x',
    '30 februari 2026',
    '3 tháng 13, 2026',
    'okt 26',
    'Thứ Tám, 3 tháng 10, 2026',
    '31/04/2026x',
    'Lifetime',
    'Total',
    '5/10/26',
    'Foo 5, 2026',
  ])('refuses %j', (text) => {
    expect(readDate(text, 'dmy')).toBeUndefined();
  });

  it('still refuses a file that writes dates both ways when named dates suggest an order', () => {
    expect(decideDateOrder(['3 okt. 2026', '13/10/2026', '10/14/2026']).kind).toBe('conflict');
  });

  it('lets rows that settle the order win over named dates that suggest one', () => {
    // A day above 12 is certain; a Swedish month name only says who wrote the file.
    expect(decideDateOrder(['3 okt. 2026', '10/13/2026', '10/05/2026'])).toEqual({
      kind: 'known',
      order: 'mdy',
    });
  });

  it('blank is blank, not invalid', () => {
    expect(tokeniseDate('  ')).toEqual({ kind: 'blank' });
  });

  it('checks ISO dates strictly on the server side', () => {
    expect(isIsoDate('2026-10-05')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
  });
});

describe('Swedish dates', () => {
  it.each([
    ['3 okt. 2026', '2026-10-03'],
    ['3 okt 2026', '2026-10-03'],
    ['03 okt. 2026', '2026-10-03'],
    ['3 oktober 2026', '2026-10-03'],
    ['3:e oktober 2026', '2026-10-03'],
    ['1 maj 2026', '2026-05-01'],
    ['31 mars 2026', '2026-03-31'],
    ['17 juni 2026', '2026-06-17'],
    ['5 aug. 2026', '2026-08-05'],
    ['lördag 3 oktober 2026', '2026-10-03'],
    ['lör 3 okt. 2026 kl. 08:30', '2026-10-03'],
    ['3\u00a0okt.\u00a02026', '2026-10-03'],
    ['2026-10-03', '2026-10-03'],
    ['2026-10-03 08:30', '2026-10-03'],
  ])('reads %j as %j without asking', (text, iso) => {
    expect(readDate(text, undefined)).toBe(iso);
  });

  it.each([
    ['okt 2026', '2026-10-01'],
    ['okt. 2026', '2026-10-01'],
    ['oktober 2026', '2026-10-01'],
    ['Maj 2026', '2026-05-01'],
    ['Oct 2026', '2026-10-01'],
    ['October 2026', '2026-10-01'],
  ])('reads the month %j as its first day, %j', (text, iso) => {
    expect(readDate(text, undefined)).toBe(iso);
  });

  it('marks only names English does not share as Swedish', () => {
    expect(tokeniseDate('3 okt. 2026')).toEqual({ kind: 'certain', iso: '2026-10-03', locale: 'sv' });
    expect(tokeniseDate('3 maj 2026')).toEqual({ kind: 'certain', iso: '2026-05-03', locale: 'sv' });
    expect(tokeniseDate('3 nov. 2026')).toEqual({ kind: 'certain', iso: '2026-11-03' });
    expect(tokeniseDate('3 Oct 2026')).toEqual({ kind: 'certain', iso: '2026-10-03' });
  });
});

describe('Vietnamese dates', () => {
  it.each([
    ['3 tháng 10, 2026', '2026-10-03'],
    ['03 tháng 10, 2026', '2026-10-03'],
    ['3 tháng 10 2026', '2026-10-03'],
    ['3 thg 10, 2026', '2026-10-03'],
    ['Tháng 10 3, 2026', '2026-10-03'],
    ['tháng 10 13, 2026', '2026-10-13'],
    ['thg 10 3, 2026', '2026-10-03'],
    ['ngày 3 tháng 10 năm 2026', '2026-10-03'],
    ['Ngày 13 tháng 1 năm 2026', '2026-01-13'],
    ['Thứ Bảy, 3 tháng 10, 2026', '2026-10-03'],
    ['Chủ Nhật, 4 tháng 10, 2026', '2026-10-04'],
    ['3 tháng 10, 2026 lúc 08:30', '2026-10-03'],
    ['tháng 10 năm 2026', '2026-10-01'],
    ['Tháng 10, 2026', '2026-10-01'],
    ['Tháng 10/2026', '2026-10-01'],
  ])('reads %j as %j without asking', (text, iso) => {
    expect(readDate(text, undefined)).toBe(iso);
  });

  it('reads decomposed (NFD) Vietnamese, as a Mac may write it', () => {
    expect(readDate('ngày 3 tháng 10 năm 2026'.normalize('NFD'), undefined)).toBe('2026-10-03');
    expect(readDate('Thứ Bảy, 3 tháng 10, 2026'.normalize('NFD'), undefined)).toBe('2026-10-03');
  });

  it('reads 03/10/2026 as 3 October once the order is day first, and never guesses it alone', () => {
    expect(readDate('03/10/2026', 'dmy')).toBe('2026-10-03');
    expect(readDate('03/10/2026', undefined)).toBeUndefined();
    expect(tokeniseDate('03/10/2026')).toEqual({ kind: 'numeric', first: 3, second: 10, year: 2026 });
  });

  it('proposes day first for numeric dates next to Vietnamese or Swedish named dates in the column', () => {
    expect(decideDateOrder(['03/10/2026', '4 tháng 10, 2026'])).toEqual({
      kind: 'hinted',
      order: 'dmy',
      hint: { kind: 'named', locale: 'vi', sample: { text: '4 tháng 10, 2026', offset: 1 } },
      sample: { text: '03/10/2026', offset: 0 },
    });
    expect(decideDateOrder(['4 okt. 2026', '03/10/2026'])).toMatchObject({
      kind: 'hinted',
      order: 'dmy',
      hint: { kind: 'named', locale: 'sv' },
    });
  });
});
