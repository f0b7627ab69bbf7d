import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { customFunctionKpis } from '../../src/kpi/registry';
import { withReference } from '../../src/local/docs/reference';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('README function reference', () => {
  it('is what the registry generates (run `npm run docs` after changing the registry)', () => {
    expect(readme).toBe(withReference(readme));
  });

  it('names every custom function with its example', () => {
    for (const kpi of customFunctionKpis()) {
      expect(readme).toContain(`\`${kpi.fn!.name}(`);
      expect(readme).toContain(kpi.fn!.example);
    }
  });
});
