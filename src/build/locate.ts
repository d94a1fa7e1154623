import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdxJsxAttributeUnion, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { AT_PROP } from '../lib/guides/reference.ts';

/*
 * An mdast plugin for the guides (Astro 7 compiles MDX with Sätteri, whose plugins are visitor objects,
 * not remark functions): it stamps every MDX JSX element of the given component names with the prop
 * `at="<file>:<line>"` (file relative to the project root, line 1-based), so that a component whose
 * reference is broken can say where in which guide it is used.
 */

type Element = Pick<MdxJsxFlowElement | MdxJsxTextElement, 'name' | 'attributes' | 'position'>;

/** Where an element is: the file relative to `root` with `/` separators, and its line when known. */
export function locationOf(root: string, file: string | undefined, element: Pick<Element, 'position'>): string {
  const path = file === undefined ? '（未知文件）' : relative(root, file).split(sep).join('/');
  const line = element.position?.start.line;
  return line === undefined ? path : `${path}:${line}`;
}

/** The element's attributes with `at` added; null when it is not a named component or the author set `at`. */
export function stampedAttributes(element: Element, names: ReadonlySet<string>, at: string): MdxJsxAttributeUnion[] | null {
  if (element.name === null || !names.has(element.name)) return null;
  if (element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === AT_PROP)) return null;
  return [...element.attributes, { type: 'mdxJsxAttribute', name: AT_PROP, value: at }];
}

/** The plugin as Sätteri takes it: `satteri({ mdastPlugins: [locatePlugin({ root, names })] })`. */
export function locatePlugin(options: { root: string; names: readonly string[] }): MdastPluginDefinition {
  const names = new Set(options.names);
  // Sätteri lets a plugin replace a JSX element but not set its attributes: the element is replaced by a copy.
  const stamp = <N extends MdxJsxFlowElement | MdxJsxTextElement>(
    node: Readonly<N>,
    ctx: { fileURL: URL | undefined; replaceNode: (node: Readonly<N>, by: N) => void },
  ) => {
    const file = ctx.fileURL === undefined ? undefined : fileURLToPath(ctx.fileURL);
    const attributes = stampedAttributes(node, names, locationOf(options.root, file, node));
    if (attributes !== null) ctx.replaceNode(node, { ...node, attributes });
  };
  return {
    name: 'fanwenku-guide-locations',
    // Positions are only tracked when a plugin asks for them.
    options: { position: true },
    mdxJsxFlowElement: (node, ctx) => stamp(node, ctx),
    mdxJsxTextElement: (node, ctx) => stamp(node, ctx),
  };
}
