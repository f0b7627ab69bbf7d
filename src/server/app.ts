/*
 * The entry of the on-demand server code: esbuild wraps it as
 * `var SocialKPIsApp = (() => {...})()` inside dist/server-app.html, which ./on-demand.ts
 * evaluates the first time an execution needs it.
 */
export { appFunctions } from './app-functions';
