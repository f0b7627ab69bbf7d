import { existsSync, readFileSync } from 'node:fs';
import { functionProse } from '../../src/kpi/prose';
import { join } from 'node:path';
import { customFunctionKpis } from '../../src/kpi/lookup';
import { withReference } from '../../src/local/docs/reference';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('README function reference', () => {
  it('is what the registry generates (run `npm run docs` after changing the registry)', () => {
    expect(readme).toBe(withReference(readme));
  });

  it('names every custom function with its example', () => {
    for (const kpi of customFunctionKpis()) {
      expect(readme).toContain(`\`${kpi.fn!.name}(`);
      expect(readme).toContain(functionProse(kpi.id).example);
    }
  });
});

describe('README links', () => {
  const root = join(__dirname, '../..');

  it('link the project’s own KPI definitions, which follow the registry’s function list', () => {
    expect(readme).toContain('[`docs/kpi-definitions.md`](docs/kpi-definitions.md)');
    const definitions = readFileSync(join(root, 'docs/kpi-definitions.md'), 'utf8');
    for (const kpi of customFunctionKpis()) expect(definitions).toContain(`\`${kpi.fn!.name}(`);
  });

  it('point at files inside the repository, never outside a clone', () => {
    const targets = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((match) => match[1])
      .filter((target) => !/^[a-z]+:/.test(target));
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) {
      expect(target).not.toMatch(/^\.\.\//);
      expect([target, existsSync(join(root, target))]).toEqual([target, true]);
    }
  });
});
