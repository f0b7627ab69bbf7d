import type { AppFunctionName, AppFunctions } from './app-functions';
import type { Services } from '../services/services';

/*
 * Apps Script evaluates every script file of the project on every execution, so each custom
 * function call in a cell would parse the report, goals and import code it never runs. That code
 * is built into an HTML file instead (HTML files are only read when asked for) and evaluated here
 * the first time an execution calls one of its functions: a menu action or a sidebar call pays a
 * few milliseconds, every cell recalculation saves them.
 */

/** dist/server-app.html: the name HtmlService knows it by. */
export const APP_FILE = 'server-app';
/** The variable esbuild's iife assigns the on-demand bundle to, inside the evaluated code. */
export const APP_GLOBAL = 'SocialKPIsApp';

interface AppModule {
  appFunctions: AppFunctions;
}

/** Evaluated at most once per execution (Apps Script starts every execution afresh). */
let loaded: AppModule | undefined;

/** The code inside the file's one <script> element, so the file is also a plain, viewable HTML file. */
export function scriptOf(html: string): string {
  const start = html.indexOf('<script>');
  const end = html.lastIndexOf('</script>');
  if (start < 0 || end < start)
    throw new Error(`Social KPIs: ${APP_FILE}.html holds no script; redeploy the add-on.`);
  return html.slice(start + '<script>'.length, end);
}

export function loadApp(services: Pick<Services, 'html'>): AppModule {
  if (!loaded) {
    // getRawContent is documented as the template's unprocessed content; HtmlOutput.getContent
    // promises only the content that is served, which HtmlService sanitizes.
    const code = scriptOf(services.html().createTemplateFromFile(APP_FILE).getRawContent());
    // The project's own built code, never user input: Function keeps its `var` out of the globals.
    loaded = new Function(`${code}\nreturn ${APP_GLOBAL};`)() as AppModule;
  }
  return loaded;
}

/** A stand-in with the on-demand function's exact signature, for the top-level stubs. */
export function onDemand<K extends AppFunctionName>(
  name: K,
  services: () => Pick<Services, 'html'>,
): AppFunctions[K] {
  const forward = (...args: unknown[]) =>
    (loadApp(services()).appFunctions[name] as (...a: unknown[]) => unknown)(...args);
  return forward as AppFunctions[K];
}
