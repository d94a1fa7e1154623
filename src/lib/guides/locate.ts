import { relative, sep } from 'node:path';
import { AT_PROP } from './reference.ts';

/*
 * A remark plugin for the guides: it stamps every MDX JSX element of the given component names with
 * the prop `at="<file>:<line>"` (file relative to the project root, line 1-based), so that a component
 * whose reference is broken can say where in which guide it is used. Only the mdast shapes it reads
 * are typed here: MDX's JSX elements with their attributes and position.
 */

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  position?: { start: { line: number } };
  children?: Node[];
}

interface File {
  path?: string;
}

const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** Where an element is: the file relative to `root` with `/` separators, and its line when known. */
export function locationOf(root: string, path: string | undefined, node: Node): string {
  const file = path === undefined ? '（未知文件）' : relative(root, path).split(sep).join('/');
  const line = node.position?.start.line;
  return line === undefined ? file : `${file}:${line}`;
}

/** Add `at` to every element named in `names`, unless the author set it. */
export function stampLocations(tree: Node, file: File, root: string, names: ReadonlySet<string>): void {
  const visit = (node: Node) => {
    if (JSX_ELEMENTS.has(node.type) && node.name && names.has(node.name)) {
      node.attributes ??= [];
      if (!node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === AT_PROP)) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: AT_PROP, value: locationOf(root, file.path, node) });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
}

/** The plugin as remark takes it: `remarkPlugins: [[remarkLocate, { root, names }]]`. */
export function remarkLocate(options: { root: string; names: readonly string[] }) {
  const names = new Set(options.names);
  return (tree: Node, file: File) => stampLocations(tree, file, options.root, names);
}
