/*
 * google.script.run's rules, shared by the browser shim and the workbench server so both refuse
 * the same things (Apps Script guide "HTML Service: Communicate with Server Functions" and the
 * google.script.run reference):
 * - only top-level functions can be called, and names ending in "_" are private: the client's
 *   google.script.run has no property for them at all;
 * - parameters are primitives, null, and objects/arrays of those: a Date, a function or a DOM
 *   element (other than a lone form) makes the request fail;
 * - return values have the same restriction: a result holding a Date reaches the success handler
 *   as null (the whole result, not just the date);
 * - at most 10 calls run at once; an 11th waits until one of the 10 finishes.
 * No Node imports: the shim bundle includes this file.
 */

export const MAX_CONCURRENT_CALLS = 10;

export function isPrivateFunctionName(name: string): boolean {
  return name.endsWith('_');
}

/** What a valid function name looks like: an identifier, nothing that could reach a prototype. */
export function isCallableName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !isPrivateFunctionName(name);
}

/**
 * The path of the first value google.script.run refuses to send ("0", "0.when", "2.1"), or null.
 * Circular objects are refused too, as Apps Script refuses them.
 */
export function findIllegalValue(value: unknown, path = '', seen: unknown[] = []): string | null {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return null;
  if (type === 'function' || type === 'symbol' || type === 'bigint') return path;
  if (Object.prototype.toString.call(value) === '[object Date]') return path;
  if (seen.includes(value)) return path;
  const nextSeen = [...seen, value];
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value as Record<string, unknown>);
  for (const [key, inner] of entries) {
    const found = findIllegalValue(inner, path === '' ? key : `${path}.${key}`, nextSeen);
    if (found !== null) return found;
  }
  return null;
}

/** The message Apps Script's client throws for an illegal argument. */
export function illegalValueMessage(path: string): string {
  return `Failed due to illegal value in property: ${path}`;
}

/** What the success handler receives for a server result: null when the result holds a Date. */
export function clientVisibleResult(result: unknown): unknown {
  if (
    result instanceof Date ||
    (result !== null && typeof result === 'object' && findIllegalValue(result) !== null)
  ) {
    return null;
  }
  return result;
}
