/** Elements built from text nodes only: a draft's or a sample's text is data, never markup. */

export type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Text for screen readers only, beside a short visible label (`上移`, then which section). */
export const srOnly = (text: string): HTMLSpanElement => el('span', { class: 'sr-only' }, text);
