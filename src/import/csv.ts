import Papa from 'papaparse';

/*
 * Text → rows of cells with Papa Parse. The delimiter is decided once from the start of the file
 * (Papa's guess, limited to the separators exports use), then the text is parsed in pieces cut
 * at record boundaries, so the dialog can yield to the browser between pieces and show progress.
 */

export type Delimiter = ',' | ';' | '\t' | '|';

const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

/** The delimiter, or undefined when no candidate gives more than one column. */
export function detectDelimiter(text: string): Delimiter | undefined {
  const sample = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
    preview: 30,
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
  });
  const guessed = sample.meta.delimiter as Delimiter;
  if (!DELIMITERS.includes(guessed)) return undefined;
  const widest = Math.max(0, ...sample.data.map((row) => row.length));
  return widest > 1 ? guessed : undefined;
}

/**
 * Cuts text into pieces of about `size` characters that end at a record boundary: a line break
 * outside quotes, i.e. after an even number of quote characters. A quoted field with line breaks
 * never straddles two pieces, so parsing the pieces one by one gives the same rows as parsing the
 * whole text.
 */
export function splitAtRecordBoundaries(text: string, size: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let inQuotes = false;
  let scanned = 0;
  while (start < text.length) {
    const target = start + size;
    if (target >= text.length) {
      pieces.push(text.slice(start));
      break;
    }
    // Track the quote state from where the last scan stopped up to the target, then find the
    // next line break outside quotes.
    for (let i = scanned; i < target; i++) if (text.charCodeAt(i) === 34) inQuotes = !inQuotes;
    let cut = -1;
    for (let i = target; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 34) inQuotes = !inQuotes;
      else if (code === 10 && !inQuotes) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      pieces.push(text.slice(start));
      break;
    }
    pieces.push(text.slice(start, cut));
    start = cut;
    scanned = cut;
  }
  return pieces;
}

/** One piece (or a whole file) → rows; blank lines are dropped. */
export function parseCsvPiece(text: string, delimiter: Delimiter): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  return result.data;
}

/** The whole text at once, for tests and small files. */
export function parseCsv(text: string, delimiter: Delimiter): string[][] {
  return parseCsvPiece(text, delimiter);
}
