/**
 * A language's name in another language, from the runtime's own list ("Swedish", "svenska",
 * "Tiếng Thụy Điển"), so that no language's texts need to name the others; the code if the
 * runtime does not know it.
 */
export function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
