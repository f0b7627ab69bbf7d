import type { Services } from './services';

/*
 * A page (dist/NAME.html) that knows the sheet's locale before its script runs, so its first
 * words are already in the sheet's language. The page's root element carries
 * data-locale="<?= locale ?>": an Apps Script template scriptlet, HTML-escaped by evaluate(). The
 * build refuses a page whose inlined script or style contains another "<?", which the template
 * would try to run. Read in the page with pageLocale() (src/ui/shared/language.ts).
 */
export function pageWithLocale(
  services: Services,
  file: string,
  locale: string,
  /** More values the page's scriptlets print, each HTML-escaped the same way. */
  values: Record<string, string> = {},
): GoogleAppsScript.HTML.HtmlOutput {
  const template = services.html().createTemplateFromFile(file);
  Object.assign(template as GoogleAppsScript.HTML.HtmlTemplate & { locale: string }, values, { locale });
  return template.evaluate();
}
