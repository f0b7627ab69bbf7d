import * as esbuild from 'esbuild';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { serverFunctions } from '../../server/entrypoints';
import { APP_FILE, APP_GLOBAL } from '../../server/on-demand';
import { aboutHtml } from '../../help/about';
import { aboutPageFile } from '../../help/pages';
import { CATALOGUES } from '../../i18n/catalogues';
import { LANGUAGES } from '../../i18n/language';
import { BUNDLE_GLOBAL, customFunctionsFile, serverFunctionsFile } from './stubs';

const root = resolve(__dirname, '../../..');
/** Where `npm run build` writes, and what clasp pushes and the workbench runs. */
const DIST_DIR = join(root, 'dist');
const uiRoot = join(root, 'src/ui');

/** Apps Script's V8 runtime: ES2019 syntax is safe, and it has no module system. */
const APPS_SCRIPT_TARGET = 'es2019';

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A minified iife of the server code under `entry`, assigned to `globalName`. */
async function bundleServerCode(entry: string, globalName: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    write: false,
    bundle: true,
    format: 'iife',
    globalName,
    // Swedish and Vietnamese text stays readable and smaller than \u escapes; Apps Script reads UTF-8.
    charset: 'utf8',
    target: APPS_SCRIPT_TARGET,
    platform: 'neutral',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

async function buildServer(dist: string): Promise<void> {
  // What every execution evaluates: the custom functions, the menu and the top-level stubs.
  writeFileSync(join(dist, 'bundle.js'), await bundleServerCode('src/server/main.ts', BUNDLE_GLOBAL));
  // The rest, evaluated only by the executions that need it (src/server/on-demand.ts).
  const app = await bundleServerCode('src/server/app.ts', APP_GLOBAL);
  if (/<\/script/i.test(app)) throw new Error(`dist/${APP_FILE}.html: the server code contains "</script"`);
  writeFileSync(join(dist, `${APP_FILE}.html`), `<script>\n${app}</script>\n`);
  writeFileSync(join(dist, 'functions.js'), customFunctionsFile());
  writeFileSync(join(dist, 'server.js'), serverFunctionsFile(Object.keys(serverFunctions)));
}

/**
 * Each folder src/ui/NAME with a page.html becomes dist/NAME.html: Apps Script serves no separate
 * JS or CSS files, so the page's script (page.ts, bundled) and style (page.css) are inlined.
 */
async function buildPages(dist: string): Promise<string[]> {
  if (!existsSync(uiRoot)) return [];
  const pages = readdirSync(uiRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(uiRoot, entry.name, 'page.html')))
    .map((entry) => entry.name);
  for (const name of pages) {
    const folder = join(uiRoot, name);
    let html = readFileSync(join(folder, 'page.html'), 'utf8');
    const scriptPath = join(folder, 'page.ts');
    if (existsSync(scriptPath)) {
      const result = await esbuild.build({
        entryPoints: [scriptPath],
        bundle: true,
        write: false,
        format: 'iife',
        target: 'es2019',
        platform: 'browser',
        minify: true,
        legalComments: 'none',
        logLevel: 'warning',
      });
      // "</script" inside the bundle would end the inline script early.
      const code = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
      html = html.replace('<!-- inline:script -->', () => `<script>${code}</script>`);
    }
    // Styles the dialogs share (src/ui/shared/NAME.css), inlined where the page names them.
    html = html.replace(
      /<!-- inline:shared ([\w-]+\.css) -->/g,
      (_, file: string) => `<style>${readFileSync(join(uiRoot, 'shared', file), 'utf8')}</style>`,
    );
    const stylePath = join(folder, 'page.css');
    if (existsSync(stylePath)) {
      html = html.replace('<!-- inline:style -->', () => `<style>${readFileSync(stylePath, 'utf8')}</style>`);
    }
    // Pages are Apps Script templates (src/services/pages.ts): a stray "<?" would be run as code.
    const scriptlets = html.match(/<\?/g)?.length ?? 0;
    const own = (readFileSync(join(folder, 'page.html'), 'utf8').match(/<\?/g) ?? []).length;
    if (scriptlets !== own) throw new Error(`dist/${name}.html: its script or style contains "<?"`);
    writeFileSync(join(dist, `${name}.html`), html);
  }
  return pages;
}

/**
 * Builds the add-on into `dist` (emptied first) and returns the files written. The tests build
 * into a folder of their own (test/support/global-setup.ts), so a test run never disturbs dist/.
 */
export async function build(dist: string = DIST_DIR): Promise<string[]> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  await buildServer(dist);
  const pages = await buildPages(dist);
  for (const language of LANGUAGES) {
    const file = aboutPageFile(language);
    writeFileSync(
      join(dist, `${file}.html`),
      aboutHtml(CATALOGUES[language].about, packageVersion(), language),
    );
    pages.push(file);
  }
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  return [
    'bundle.js',
    'functions.js',
    'server.js',
    `${APP_FILE}.html`,
    ...pages.map((page) => `${page}.html`),
  ];
}

if (require.main === module) {
  build()
    .then((files) => console.log(`Built dist/: ${files.join(', ')}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
