/*
 * DOM building without innerHTML: user text (goal names, owners, reasons) and even our own strings
 * only ever go in as textContent or attribute values, so no payload can become markup or script.
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  /** Attributes, set with setAttribute; false / null / undefined leave the attribute out. */
  [attribute: string]: string | number | boolean | null | undefined;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's content with text or nodes. */
export function setContent(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing`);
  return node as T;
}

/** Calls `action` once the caller has been quiet for `ms`: a check per pause, not per keystroke. */
export function debounce<A extends unknown[]>(action: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      action(...args);
    }, ms);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  debounced.pending = () => timer !== undefined;
  return debounced;
}

/**
 * A server message as text with its web addresses as links that open in a new tab (a missing
 * permission's message ends with the address where the user grants it). Punctuation after an
 * address is text; everything else stays text, so nothing in the message can become markup.
 */
const WEB_ADDRESS = /https:\/\/\S+?(?=[.,;:)]*(?:\s|$))/g;

export function textWithLinks(message: string): Child[] {
  const parts: Child[] = [];
  let end = 0;
  for (const match of message.matchAll(WEB_ADDRESS)) {
    const address = match[0];
    parts.push(
      message.slice(end, match.index),
      el('a', { href: address, target: '_blank', rel: 'noopener noreferrer' }, address),
    );
    end = match.index + address.length;
  }
  parts.push(message.slice(end));
  return parts;
}
