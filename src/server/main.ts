/*
 * The server bundle's entry. esbuild wraps it as `var SocialKPIs = (() => {...})()`, and the
 * generated top-level stubs in dist/ delegate into it, because Apps Script sees only top-level
 * function declarations.
 */
export { runCustomFunction } from './custom-functions';
export { serverFunctions } from './entrypoints';
