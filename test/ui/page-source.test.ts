import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST } from '../support/bundle';

/*
 * Guards that hold by construction and should stay so: the sidebar's code never parses markup
 * (user text is data), and the built page is one self-contained file, since Apps Script serves
 * no separate JS or CSS and the sidebar should load nothing from elsewhere.
 */

const uiRoot = resolve(__dirname, '../../src/ui');
/** This run's build (jest's globalSetup), read as it is: no test builds. */
const builtPage = (): string => readFileSync(join(DIST, 'GoalsSidebar.html'), 'utf8');

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

test('the built sidebar is one file: its script and style inline, nothing loaded from elsewhere', () => {
  const html = builtPage();
  expect(html).not.toContain('<!-- inline:');
  expect(html).toMatch(/<style>[\s\S]*\.form-group[\s\S]*<\/style>/);
  expect(html).toMatch(/<script>[\s\S]*getGoalsSidebarData[\s\S]*<\/script>/);
  expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
  // Exactly one script element: "</script" inside the bundle is escaped by the build.
  expect(html.match(/<script>/g)).toHaveLength(1);
});
