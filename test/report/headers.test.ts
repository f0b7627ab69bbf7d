import { recogniseHeaders } from '../../src/report/headers';

function kpiIdsOf(headers: string[]): Record<string, string> {
  const result = recogniseHeaders(headers);
  if (!result.ok) throw new Error('expected headers to be recognised');
  return Object.fromEntries(result.headers.slots.map((slot) => [slot.header, slot.kpiId]));
}

describe('data sheet headers', () => {
  it('reads English headers in any order and case, with platform aliases', () => {
    const result = recogniseHeaders([
      '  channel ',
      'Reactions',
      'DATE',
      'Amount spent',
      'Link clicks',
      'Spend?',
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.headers.date).toBe(2);
    expect(result.headers.channel).toBe(0);
    expect(result.headers.slots.map((slot) => [slot.kpiId, slot.index])).toEqual([
      ['likes', 1],
      ['cost', 3],
      ['clicks', 4],
    ]);
    expect(result.headers.ignored).toEqual(['Spend?']);
  });

  it('reads Swedish headers', () => {
    expect(
      kpiIdsOf([
        'Datum',
        'Kanal',
        'Följare',
        'Visningar',
        'Räckvidd',
        'Gilla-markeringar',
        'Kommentarer',
        'Delningar',
      ]),
    ).toEqual({
      Följare: 'followers',
      Visningar: 'impressions',
      Räckvidd: 'reach',
      'Gilla-markeringar': 'likes',
      Kommentarer: 'comments',
      Delningar: 'shares',
    });
  });

  it('reads Vietnamese headers, composed or decomposed', () => {
    const decomposed = 'Người theo dõi'.normalize('NFD');
    expect(decomposed).not.toBe('Người theo dõi');
    const result = recogniseHeaders([
      'Ngày',
      'Kênh',
      decomposed,
      'Lượt hiển thị',
      'Phạm vi tiếp cận',
      'Chi phí',
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.headers.slots.map((slot) => slot.kpiId)).toEqual([
      'followers',
      'impressions',
      'reach',
      'cost',
    ]);
  });

  it('names the missing Date and Channel columns', () => {
    expect(recogniseHeaders(['Likes', 'Comments'])).toEqual({ ok: false, missing: ['date', 'channel'] });
    expect(recogniseHeaders(['Datum', 'Likes'])).toEqual({ ok: false, missing: ['channel'] });
  });

  it("reads Meta's post export: its summed engagements column is not taken for likes", () => {
    // "Reactions, comments and shares" already adds comments and shares: read as likes, it
    // would count them twice and push the real Reactions column out as a repeat.
    const result = recogniseHeaders([
      'Date',
      'Channel',
      'Impressions',
      'Reactions, comments and shares',
      'Reactions',
      'Comments',
      'Shares',
    ]);
    expect(result.ok && result.headers.slots.map((slot) => [slot.header, slot.kpiId])).toEqual([
      ['Impressions', 'impressions'],
      ['Reactions', 'likes'],
      ['Comments', 'comments'],
      ['Shares', 'shares'],
    ]);
    expect(result.ok && result.headers.ignored).toEqual(['Reactions, comments and shares']);
    expect(result.ok && result.headers.repeated).toEqual([]);
  });

  it('reads only the first of two columns meaning the same thing', () => {
    const result = recogniseHeaders(['Date', 'Channel', 'Likes', 'Reactions']);
    expect(result.ok && result.headers.slots.map((slot) => slot.header)).toEqual(['Likes']);
    expect(result.ok && result.headers.repeated).toEqual(['Reactions']);
  });
});
