import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { locatePlugin, locationOf, stampedAttributes } from '../../src/build/locate.ts';

const ROOT = '/project';
const NAMES = new Set(['Example', 'PhraseCount']);

describe('locationOf', () => {
  it('is the file relative to the root with its 1-based line', () => {
    const at = locationOf(ROOT, '/project/src/content/guides/structure.mdx', {
      position: { start: { line: 23, column: 1 }, end: { line: 23, column: 40 } },
    });
    expect(at).toBe('src/content/guides/structure.mdx:23');
  });
  it('is the file alone when the element has no position, and says so when the file is unknown', () => {
    expect(locationOf(ROOT, '/project/a.mdx', {})).toBe('a.mdx');
    expect(locationOf(ROOT, undefined, { position: { start: { line: 2, column: 1 }, end: { line: 2, column: 2 } } })).toBe(
      '（未知文件）:2',
    );
  });
});

describe('stampedAttributes', () => {
  const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
  it("adds `at` after the element's own attributes", () => {
    expect(stampedAttributes({ name: 'Example', attributes: [attr('sample', '002')] }, NAMES, 'g.mdx:3')).toEqual([
      attr('sample', '002'),
      attr('at', 'g.mdx:3'),
    ]);
  });
  it("leaves other elements, fragments and an author's own `at` alone", () => {
    expect(stampedAttributes({ name: 'Aside', attributes: [] }, NAMES, 'g.mdx:3')).toBeNull();
    expect(stampedAttributes({ name: null, attributes: [] }, NAMES, 'g.mdx:3')).toBeNull();
    expect(stampedAttributes({ name: 'Example', attributes: [attr('at', 'x.mdx:1')] }, NAMES, 'g.mdx:3')).toBeNull();
  });
});

describe('locatePlugin in the MDX compiler', () => {
  // A plugin may be async, so the compiler's result may be a promise.
  const compile = async (source: string) =>
    (
      await mdxToJs(source, {
        mdastPlugins: [locatePlugin({ root: ROOT, names: [...NAMES] })],
        fileURL: pathToFileURL('/project/src/content/guides/g.mdx'),
      })
    ).code;

  it('stamps block and inline components with their own line, and nothing else', async () => {
    const code = await compile(
      [
        '# 标题',
        '',
        '正文<PhraseCount phrase="以文辅政" />。',
        '',
        '<Example sample="002" section="problems" />',
        '',
        '<Other a="1" />',
        '',
      ].join('\n'),
    );
    expect(code).toContain('"src/content/guides/g.mdx:3"');
    expect(code).toContain('"src/content/guides/g.mdx:5"');
    expect(code).not.toContain('g.mdx:7');
    // Each stamp belongs to its element: the prop sits next to the element's own props.
    expect(code).toMatch(/phrase: "以文辅政",\s*at: "src\/content\/guides\/g\.mdx:3"/);
    expect(code).toMatch(/section: "problems",\s*at: "src\/content\/guides\/g\.mdx:5"/);
  });

  it('counts lines from the top of the file, front matter included', async () => {
    const code = await compile(['---', 'title: x', '---', '', '<Example sample="a" section="b" />', ''].join('\n'));
    expect(code).toContain('"src/content/guides/g.mdx:5"');
  });
});
