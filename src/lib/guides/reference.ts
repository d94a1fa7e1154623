/**
 * A guide's live components name samples, sections and phrases of the collection. When one no
 * longer exists the build fails with an error naming the guide file and line of the element,
 * which the MDX plugin (`locate.ts`) stamps on it as the prop `at`.
 */

/** The prop the MDX plugin adds to each guide component: `src/content/guides/structure.mdx:23`. */
export const AT_PROP = 'at';

/** An element as a reader of the guide's source wrote it: `<Example sample="009" section="problems">`. */
export function elementSource(name: string, props: Record<string, unknown>): string {
  const attrs = Object.entries(props)
    .filter(([k, v]) => k !== AT_PROP && v !== undefined)
    .map(([k, v]) => (typeof v === 'string' ? `${k}="${v}"` : `${k}={${JSON.stringify(v)}}`));
  return `<${[name, ...attrs].join(' ')}>`;
}

/** The build error for a broken reference: `src/content/guides/structure.mdx:23: <Example sample="009"> 引用的范文不存在`. */
export function referenceError(at: string | undefined, name: string, props: Record<string, unknown>, problem: string): Error {
  const where = at ?? `（位置不明：${name} 不在指南的 MDX 中，或 astro.config.mjs 未注册 locatePlugin）`;
  return new Error(`${where}: ${elementSource(name, props)} ${problem}`);
}

/**
 * The value of a prop that takes one of a few values. A guide is MDX, which nothing type-checks, so a
 * misspelt or missing value would silently render another view: it fails the build where it is written.
 */
export function oneOf<T extends string>(
  at: string | undefined,
  name: string,
  props: Record<string, unknown>,
  key: string,
  values: readonly T[],
): T {
  const value = props[key];
  if (values.some((v) => v === value)) return value as T;
  const allowed = values.join('、');
  throw referenceError(at, name, props, value === undefined ? `缺少 ${key}（应为 ${allowed} 之一）` : `的 ${key} 只能是 ${allowed} 之一`);
}

/** The live components a guide may use: the MDX plugin stamps these, the guide page provides them. */
export const GUIDE_COMPONENTS = [
  'Example',
  'PhraseCount',
  'PhraseList',
  'PartStats',
  'TitleForms',
  'NumberingStats',
  'AnomalyList',
] as const;
export type GuideComponent = (typeof GUIDE_COMPONENTS)[number];
