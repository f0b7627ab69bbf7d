/*
 * The one `require` the shipped code may call: `require(`./${language}/FILE.ts`)` in the language
 * tables of src/i18n, which esbuild turns into a lookup among the bundled files (ESLint refuses
 * any other require). Node's own declaration serves the tools and the tests, whose TypeScript
 * config does not include this file.
 */
declare function require(path: string): unknown;
