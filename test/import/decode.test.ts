import { decodeCsvBytes } from '../../src/import/decode';
import { readCsvBytes } from '../../src/import/read';
import { utf8 } from './helpers';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (endian === 'le') bytes.push(code & 0xff, code >> 8);
    else bytes.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(bytes);
}

const SAMPLE = 'Ngày;Kênh;Lượt thích\n2026-10-05;Facebook;12\n';

describe('decoding', () => {
  it('drops a UTF-8 byte-order mark so the first header is recognised', () => {
    const result = decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]));
    expect(result).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8', hadBom: true });
  });

  it.each([
    ['FF FE (little-endian)', 'le' as const, 'utf-16le'],
    ['FE FF (big-endian)', 'be' as const, 'utf-16be'],
  ])('decodes UTF-16 with the BOM %s', (_name, endian, encoding) => {
    const result = decodeCsvBytes(utf16(SAMPLE, endian, true));
    expect(result).toEqual({ ok: true, text: SAMPLE, encoding, hadBom: true });
  });

  it('recognises UTF-16 little-endian without a BOM by its zero bytes', () => {
    expect(decodeCsvBytes(utf16(SAMPLE, 'le', false))).toMatchObject({
      ok: true,
      text: SAMPLE,
      encoding: 'utf-16le',
    });
  });

  it('falls back to Windows-1252 for Excel’s ANSI CSV and says so', () => {
    // "Följare;Datum" with ö as the single byte 0xF6.
    const bytes = new Uint8Array([
      0x46, 0xf6, 0x6c, 0x6a, 0x61, 0x72, 0x65, 0x3b, 0x44, 0x61, 0x74, 0x75, 0x6d, 0x0a,
    ]);
    const read = readCsvBytes(bytes);
    expect(read).toMatchObject({ ok: true, encoding: 'windows-1252', table: [['Följare', 'Datum']] });
    expect(read.ok && read.warning).toMatch(/not UTF-8/);
  });

  it('refuses an empty file and an xlsx chosen by mistake', () => {
    expect(readCsvBytes(new Uint8Array())).toEqual({ ok: false, message: 'The file is empty.' });
    expect(readCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Export it as CSV/),
    });
  });

  it('refuses text without columns', () => {
    expect(readCsvBytes(utf8('just a note\nanother line\n'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not look like a CSV/),
    });
  });
});
