/*
 * Bytes of a chosen file → text. Platform exports are UTF-8, often with a byte-order mark;
 * Excel's "Unicode text" is UTF-16 with a BOM; Excel's plain "CSV" on Windows is Windows-1252.
 * TextDecoder exists both in browsers and in Node, so this runs in the dialog and in tests.
 */

export type DecodedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: DecodedEncoding; hadBom: boolean }
  | { ok: false; reason: 'empty' | 'binary' };

/** Zip (xlsx), OLE2 (xls) and PDF signatures: a spreadsheet chosen instead of its CSV export. */
const BINARY_SIGNATURES: readonly number[][] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x25, 0x50, 0x44, 0x46],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature)))
    return { ok: false, reason: 'binary' };
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes.subarray(2), 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes.subarray(2), 'utf-16be', true);
  const hadBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hadBom ? bytes.subarray(3) : bytes;
  // UTF-16 without a BOM: every other byte of ASCII text is zero. Nothing else CSV-like has NULs.
  const zeroAt = body.indexOf(0);
  if (zeroAt >= 0) {
    if (body.length >= 2 && body[1] === 0 && body[0] !== 0) return decoded(body, 'utf-16le', false);
    if (body.length >= 2 && body[0] === 0 && body[1] !== 0) return decoded(body, 'utf-16be', false);
    return { ok: false, reason: 'binary' };
  }
  try {
    return decoded(body, 'utf-8', hadBom, true);
  } catch {
    // Not valid UTF-8: Excel on Windows writes its "CSV" in the ANSI code page.
    return decoded(body, 'windows-1252', false);
  }
}

function decoded(bytes: Uint8Array, encoding: DecodedEncoding, hadBom: boolean, fatal = false): DecodeResult {
  let text = new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  // A BOM written twice (re-saved files) or inside UTF-16 text is not part of the first header.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text, encoding, hadBom };
}
