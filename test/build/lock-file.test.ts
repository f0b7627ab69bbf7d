import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A lock file that swaps a platform binding for an empty package installs cleanly here and then
// breaks jest on every other platform (its resolver requires the binding and gets `{}`).
const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
type LockEntry = {
  name?: string;
  version?: string;
  os?: string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};
const packages: Record<string, LockEntry> = lock.packages;

/** The package a lock entry's path installs: the part after its last node_modules/. */
function packageAt(path: string): string {
  return path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('package-lock.json', () => {
  it('has no overrides in package.json', () => {
    expect(manifest.overrides).toBeUndefined();
  });

  it('installs another package under a name only where a dependency itself asks for that alias', () => {
    // jest and cliui alias react-is and string-width themselves ("npm:react-is@^18"); an
    // override's alias is asked for by nobody.
    const askedFor = new Set<string>();
    for (const entry of Object.values(packages)) {
      for (const [alias, spec] of Object.entries({ ...entry.dependencies, ...entry.optionalDependencies })) {
        if (spec.startsWith('npm:')) askedFor.add(`${alias} -> ${spec.slice(4).replace(/@[^@]*$/, '')}`);
      }
    }
    const aliased = Object.entries(packages)
      .filter(([path, entry]) => path !== '' && entry.name !== undefined)
      .filter(([path, entry]) => entry.name !== packageAt(path))
      .map(([path, entry]) => `${packageAt(path)} -> ${entry.name}`);
    expect(aliased.length).toBeGreaterThan(0);
    expect(aliased.filter((alias) => !askedFor.has(alias))).toEqual([]);
  });

  it("lists the real resolver binding for every platform jest's resolver supports", () => {
    const resolver = packages['node_modules/unrs-resolver'];
    const wanted = Object.keys((resolver as { optionalDependencies: object }).optionalDependencies);
    expect(wanted.length).toBeGreaterThanOrEqual(20);
    for (const binding of wanted) {
      const entry = packages[`node_modules/${binding}`];
      expect({ binding, version: entry?.version, hasOs: (entry?.os ?? []).length > 0 }).toEqual({
        binding,
        version: '1.13.0',
        hasOs: true,
      });
    }
  });
});
