import { detectDelimiter, parseCsv, type Delimiter } from './csv';
import { decodeCsvBytes, type DecodedEncoding } from './decode';
import { ENGLISH_IMPORT_LABELS, type ImportLabels } from './texts';

/*
 * The first steps from a chosen file, shared by the dialog (which then parses in pieces) and by
 * Node callers and tests (which parse at once): bytes → text → delimiter, or a clear refusal.
 */

export type OpenedCsv =
  | { ok: true; text: string; delimiter: Delimiter; encoding: DecodedEncoding; warning?: string }
  | { ok: false; message: string };

/** `L`: the texts of the caller's language for a refusal. */
export function openCsv(bytes: Uint8Array, L: ImportLabels = ENGLISH_IMPORT_LABELS): OpenedCsv {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.reason === 'empty' ? L.emptyFile : L.binaryFile };
  if (decoded.text.trim() === '') return { ok: false, message: L.emptyFile };
  const delimiter = detectDelimiter(decoded.text);
  if (delimiter === undefined) return { ok: false, message: L.notCsv };
  return {
    ok: true,
    text: decoded.text,
    delimiter,
    encoding: decoded.encoding,
    warning: decoded.encoding === 'windows-1252' ? L.decodedAs1252 : undefined,
  };
}

export type ReadCsv =
  | { ok: true; table: string[][]; delimiter: Delimiter; encoding: DecodedEncoding; warning?: string }
  | { ok: false; message: string };

/** The whole file at once. */
export function readCsvBytes(bytes: Uint8Array, L: ImportLabels = ENGLISH_IMPORT_LABELS): ReadCsv {
  const opened = openCsv(bytes, L);
  if (!opened.ok) return opened;
  const { text, ...rest } = opened;
  return { ...rest, table: parseCsv(text, opened.delimiter) };
}
