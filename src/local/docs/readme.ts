import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { withReference } from './reference';

/** `npm run docs`: rewrites the README's function reference from the registry. */
const readmePath = join(resolve(__dirname, '../../..'), 'README.md');
writeFileSync(readmePath, withReference(readFileSync(readmePath, 'utf8')));
console.log('README.md function reference updated from src/kpi/registry.ts');
