import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from '../../src/local/build/build';

/*
 * Guards that hold by construction and should stay so: the sidebar's code never parses markup
 * (user text is data), and the built page is one self-contained file, since Apps Script serves
 * no separate JS or CSS and the sidebar should load nothing from elsewhere.
 */

const uiRoot = resolve(__dirname, '../../src/ui');
const PAGE_FILE = resolve(__dirname, '../../dist/GoalsSidebar.html');

function newestIn(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(folder, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }, 0);
}

/** `npm test` builds first; a direct jest run builds here when the page is missing or stale. */
async function builtPage(): Promise<string> {
  if (!existsSync(PAGE_FILE) || statSync(PAGE_FILE).mtimeMs < newestIn(uiRoot)) await build();
  return readFileSync(PAGE_FILE, 'utf8');
}

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

test('no sidebar code parses HTML: no innerHTML, outerHTML, insertAdjacentHTML, document.write', () => {
  const offenders = sources(uiRoot).filter((file) =>
    /\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write/.test(readFileSync(file, 'utf8')),
  );
  expect(offenders).toEqual([]);
});

test('the built sidebar is one file: its script and style inline, nothing loaded from elsewhere', async () => {
  const html = await builtPage();
  expect(html).not.toContain('<!-- inline:');
  expect(html).toMatch(/<style>[\s\S]*\.form-group[\s\S]*<\/style>/);
  expect(html).toMatch(/<script>[\s\S]*getGoalsSidebarData[\s\S]*<\/script>/);
  expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
  // Exactly one script element: "</script" inside the bundle is escaped by the build.
  expect(html.match(/<script>/g)).toHaveLength(1);
});
