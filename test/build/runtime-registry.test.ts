import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { KPI_HELP_TEXTS } from '../../src/i18n/kpi-help';
import { FAMILIES, KEY_COLUMNS, KPIS } from '../../src/kpi/registry';
import {
  DOCUMENTATION_FIELDS,
  runtimeKpi,
  runtimeRegistrySource,
} from '../../src/local/build/runtime-registry';
import { DIST } from '../support/bundle';
import { CATALOGUES } from '../../src/i18n';
import { APP_FILE } from '../../src/server/on-demand';

describe('the registry the server bundle gets', () => {
  // Both parts of the server code: the script files and the on-demand report, goals and import code.
  const bundle = ['bundle.js', `${APP_FILE}.html`]
    .map((file) => readFileSync(join(DIST, file), 'utf8'))
    .join('\n');

  it('keeps every field the server reads and drops only the documentation', () => {
    const engagementRate = KPIS.find((kpi) => kpi.id === 'engagement_rate')!;
    const slim = runtimeKpi(engagementRate);
    expect(slim).toEqual({
      id: 'engagement_rate',
      label: engagementRate.label,
      family: 'engagement',
      unit: 'fraction',
      direction: 'up',
      report: engagementRate.report,
      fn: {
        name: 'ENGAGEMENT_RATE',
        shape: 'elementwise',
        params: [
          { name: 'engagements', kind: 'count', summed: true },
          { name: 'base', kind: 'count' },
        ],
      },
    });
    expect(Object.keys(slim)).not.toEqual(expect.arrayContaining([...DOCUMENTATION_FIELDS.kpi]));
  });

  it('leaves the help texts and examples out of the server code and keeps the aliases in', () => {
    for (const kpi of KPIS) {
      expect({ id: kpi.id, help: bundle.includes(kpi.help) }).toEqual({ id: kpi.id, help: false });
      if (kpi.fn)
        expect({ id: kpi.id, example: bundle.includes(kpi.fn.example) }).toEqual({
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

  it('rebuilds, from its compact source, exactly the runtime fields of every KPI', () => {
    const { code } = transformSync(runtimeRegistrySource(), { format: 'cjs', loader: 'js' });
    const module = { exports: {} as Record<string, unknown> };
    runInNewContext(code, { module, exports: module.exports, require: () => ({}) });
    // JSON round trip: the objects come from another realm, so compare their data.
    expect(JSON.parse(JSON.stringify(module.exports.KPIS))).toEqual(KPIS.map(runtimeKpi));
    expect(module.exports.KEY_COLUMNS).toEqual(KEY_COLUMNS);
    expect(module.exports.FAMILIES).toEqual(FAMILIES);
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
