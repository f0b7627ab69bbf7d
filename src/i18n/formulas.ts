import type { Language } from './language';
import { decimalCommaLanguages } from './packs';

/*
 * Google Sheets separates a function's arguments with ";" wherever the decimal mark is a comma,
 * as in Swedish and Vietnamese spreadsheets, and writes 0,02 for 0.02. A formula shown to those
 * users must be one they can type.
 */

const SEMICOLON_LANGUAGES: ReadonlySet<Language> = decimalCommaLanguages();

/** One formula, "=NAME(…)" through its closing parenthesis, in the language's notation. */
export function formulaInNotation(formula: string, language: Language): string {
  if (!SEMICOLON_LANGUAGES.has(language)) return formula;
  let out = '';
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const char = formula[i];
    if (char === '"') quoted = !quoted;
    if (quoted) out += char;
    else if (char === ',') out += ';';
    else if (char === '.' && /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '')) out += ',';
    else out += char;
  }
  return out;
}

/** Every formula quoted in a sentence ("… use =CTR(SUM(B2:B13), SUM(C2:C13)) …"), in the notation. */
export function formulasInNotation(text: string, language: Language): string {
  if (!SEMICOLON_LANGUAGES.has(language)) return text;
  let out = '';
  let from = 0;
  const start = /=[A-Z][A-Z0-9_.]*\(/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    let depth = 0;
    let end = match.index;
    for (let i = match.index; i < text.length; i++) {
      if (text[i] === '(') depth++;
      if (text[i] === ')' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    if (end === match.index) break;
    out += text.slice(from, match.index) + formulaInNotation(text.slice(match.index, end), language);
    from = end;
    start.lastIndex = end;
  }
  return out + text.slice(from);
}
