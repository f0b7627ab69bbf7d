import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KPI_HELP_TEXTS } from '../../src/i18n/kpi-help';
import { KPI_PROSE, type KpiProse } from '../../src/kpi/prose';
import { KPIS } from '../../src/kpi/registry';
import { importGraph } from '../../src/local/build/import-graph';
import { DIST } from '../support/bundle';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { APP_FILE } from '../../src/server/on-demand';

/** The files `entry` loads, itself included, following value imports. */
function reachable(graph: Map<string, string[]>, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(graph.get(file) ?? []));
  }
  return seen;
}

describe('the registry the server bundle gets', () => {
  // Both parts of the server code: the script files and the on-demand report, goals and import code.
  const bundle = ['bundle.js', `${APP_FILE}.html`]
    .map((file) => readFileSync(join(DIST, file), 'utf8'))
    .join('\n');

  it('holds every field the server reads and no documentation', () => {
    const engagementRate = KPIS.find((kpi) => kpi.id === 'engagement_rate')!;
    expect(engagementRate).toEqual({
      id: 'engagement_rate',
      label: 'Engagement rate',
      family: 'engagement',
      unit: 'fraction',
      direction: 'up',
      report: { inputs: ['engagements', 'engagement_base'] },
      fn: {
        name: 'ENGAGEMENT_RATE',
        shape: 'elementwise',
        params: [
          { name: 'engagements', kind: 'count', summed: true },
          { name: 'base', kind: 'count' },
        ],
      },
    });
    // The documentation fields the build used to strip from the registry are not in it at all.
    for (const kpi of KPIS) {
      expect({
        id: kpi.id,
        keys: Object.keys(kpi).filter((key) => ['formula', 'help', 'seed'].includes(key)),
      }).toEqual({ id: kpi.id, keys: [] });
      const fnKeys = Object.keys(kpi.fn ?? {}).filter((key) => ['example', 'totalExample'].includes(key));
      const paramKeys = (kpi.fn?.params ?? [])
        .flatMap((param) => Object.keys(param))
        .filter((key) => key === 'description');
      expect({ id: kpi.id, fnKeys, paramKeys }).toEqual({ id: kpi.id, fnKeys: [], paramKeys: [] });
    }
  });

  it('is built from the source as it is: the server code does not import the prose modules', () => {
    const root = resolve(__dirname, '../..');
    const graph = importGraph(join(root, 'src'));
    for (const entry of ['server/main.ts', 'server/app.ts']) {
      const files = reachable(graph, entry);
      expect(files.has('kpi/registry.ts')).toBe(true);
      expect({
        entry,
        prose: files.has('kpi/prose.ts'),
        translations: files.has('i18n/kpi-help.ts'),
      }).toEqual({
        entry,
        prose: false,
        translations: false,
      });
    }
    // No esbuild plugin swaps a source file for another text while bundling.
    expect(readFileSync(join(root, 'src/local/build/build.ts'), 'utf8')).not.toMatch(/plugins|onLoad/);
  });

  it('leaves the help texts and examples out of the server code and keeps the aliases in', () => {
    for (const kpi of KPIS) {
      const prose: KpiProse = KPI_PROSE[kpi.id];
      expect({ id: kpi.id, help: bundle.includes(prose.help) }).toEqual({ id: kpi.id, help: false });
      if (kpi.fn)
        expect({ id: kpi.id, example: bundle.includes(prose.fn!.example) }).toEqual({
          id: kpi.id,
          example: false,
        });
    }
    // Nor their Swedish and Vietnamese translations: only the About build and the sidebar page read them.
    for (const language of ['sv', 'vi'] as const) {
      for (const kpi of KPIS) {
        const { help } = KPI_HELP_TEXTS[language][kpi.id];
        expect({ language, id: kpi.id, help: bundle.includes(help) }).toEqual({
          language,
          id: kpi.id,
          help: false,
        });
      }
    }
    expect(bundle).toContain('Gilla-markeringar');
    expect(bundle).toContain('Phạm vi tiếp cận');
  });

  it('leaves out the catalogue sections only pages show: sidebar, import dialog, Help / About', () => {
    for (const language of ['sv', 'vi'] as const) {
      const texts = CATALOGUES[language];
      for (const text of [
        texts.sidebar.list.newGoal,
        texts.sidebar.form.keyboardHint,
        texts.about.intro('').slice(0, 60),
      ]) {
        expect({ language, text, inBundle: bundle.includes(text) }).toEqual({
          language,
          text,
          inBundle: false,
        });
      }
    }
  });
});
