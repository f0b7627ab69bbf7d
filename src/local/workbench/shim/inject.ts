import type { ShimConfig } from './google-script';

/** JSON that is safe inside a <script> element: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The add-on's page with google.script.* defined before any of its own scripts run, as Apps
 * Script does: right after <head>, or at the very start when the page has none.
 */
export function injectShim(html: string, shimScript: string, config: ShimConfig): string {
  const tags =
    `<script>window.__WORKBENCH_SHIM__=${scriptJson(config)};</script>` +
    `<script>${shimScript.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (head)
    return html.slice(0, head.index + head[0].length) + tags + html.slice(head.index + head[0].length);
  const opening = /<html\b[^>]*>/i.exec(html);
  if (opening) {
    const at = opening.index + opening[0].length;
    return `${html.slice(0, at)}<head>${tags}</head>${html.slice(at)}`;
  }
  return tags + html;
}
