import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSample, formatSource, parseSample, parseSource, SAMPLE_EXT, SOURCE_EXT } from '../../src/build/contentFiles.ts';
import type { Sample } from '../../src/lib/content/schema.ts';
import { importSources } from '../../src/lib/import/importer.ts';
import { allSeedInputs, EMPTY, fixtureInput } from '../lib/import/helpers.ts';

const CONTENT = fileURLToPath(new URL('../../src/content/', import.meta.url));

const base: Sample = {
  id: 'x-01',
  title: '2018年办公室工作总结（县政府办）',
  titleInferred: false,
  titleLines: ['2018年办公室工作总结（县政府办）'],
  sourceNote: '本文系邮箱投稿，仅供学习参考，请勿照搬照抄！',
  level: 'county',
  perspective: 'unit',
  organ: '县政府办',
  role: null,
  year: 2018,
  yearInferred: false,
  period: 'annual',
  hasPlan: true,
  genre: 'summary',
  source: { file: 'x.txt', name: 'x', index: 1, lines: [13, 32], bodyStart: 15 },
  duplicates: [{ file: 'y.txt', name: 'y', lines: [1, 30] }],
  chars: 10,
  text: '正文。',
};

const seeds = importSources(allSeedInputs(), EMPTY).collection;

describe('formatSample / parseSample', () => {
  it.each([
    ['a plain body', '2018年，我办认真履职。\n一、办文'],
    ['an empty body', ''],
    ['a body that is one newline', '\n'],
    ['a `---` line', '第一段。\n---\n第二段。'],
    ['a body that starts with `---`', '---\n正文'],
    ['a body that is only `---`', '---'],
    ['a fake front matter in the body', '---\ntitle: 伪造\nid: evil\n---\n正文'],
    ['leading and trailing blank lines', '\n\n\n正文\n\n\n'],
    ['U+3000 indentation and trailing spaces', '\u3000\u3000第一段。   \n   \n\u3000'],
    ['tabs and a no-break space', '甲\t乙\u00a0丙'],
    ['markup and MDX-like text', "{expr}\n<script>alert(1)</script>\nimport x from 'y'\n<!-- -->\nexport const a = 1;\n&amp;"],
    ['YAML-like text', 'title: x\n- a\n? b\n# c\n...\n'],
  ])('round-trips %s', (_, text) => {
    const s = { ...base, text };
    const file = formatSample(s);
    expect(file.endsWith(text)).toBe(true);
    expect(parseSample(file, 'x.txt')).toEqual(s);
  });

  it.each([
    ['title', '2018: 总结 # 注释'],
    ['title', '---'],
    ['title', 'null'],
    ['title', '2018'],
    ['title', '\'引号\' "双引号"'],
    ['title', '  前后空格  '],
    ['organ', 'yes'],
    ['organ', '*街道'],
    ['sourceNote', '本文系: 投稿'],
    ['role', '&anchor'],
  ] as const)('round-trips the awkward %s %j', (field, value) => {
    const s = { ...base, [field]: value, titleLines: [value, '\u3000第二行 '] };
    expect(parseSample(formatSample(s), 'x.txt')).toEqual(s);
  });

  it('round-trips null and constructed metadata', () => {
    const s: Sample = {
      ...base,
      titleInferred: true,
      titleLines: [],
      sourceNote: null,
      level: null,
      organ: null,
      year: null,
      period: null,
      duplicates: [],
      source: { ...base.source, index: null },
    };
    expect(parseSample(formatSample(s), 'x.txt')).toEqual(s);
  });

  it('writes the front matter between `---` lines, then the body verbatim', () => {
    const file = formatSample({ ...base, text: '---\n正文' });
    expect(file.startsWith('---\nid: x-01\ntitle: 2018年办公室工作总结（县政府办）\n')).toBe(true);
    expect(file.endsWith('\n---\n---\n正文')).toBe(true);
  });

  it('is deterministic: the same sample gives the same bytes, whatever the key order', () => {
    const shuffled = Object.fromEntries(Object.entries(base).reverse()) as Sample;
    expect(formatSample(shuffled)).toBe(formatSample(base));
    expect(formatSample(structuredClone(base))).toBe(formatSample(base));
  });

  it('is a fixed point: format(parse(file)) is the file', () => {
    const file = formatSample({ ...base, text: '\n---\n{x}\n' });
    expect(formatSample(parseSample(file, 'x.txt'))).toBe(file);
  });

  it('writes no YAML anchors or aliases for repeated values', () => {
    const file = formatSample({
      ...base,
      title: 'A',
      organ: 'A',
      titleLines: ['A'],
      duplicates: [base.duplicates[0]!, base.duplicates[0]!],
    });
    expect(file).not.toMatch(/[&*]a\d/);
    expect(parseSample(file, 'x.txt').duplicates).toHaveLength(2);
  });

  it('drops fields the schema does not know', () => {
    const file = formatSample({ ...base, extra: 'no' } as Sample);
    expect(file).not.toContain('extra');
  });

  it('refuses a sample the schema rejects', () => {
    expect(() => formatSample({ ...base, id: 'Bad Id' })).toThrow();
    expect(() => formatSample({ ...base, level: 'province' as never })).toThrow();
  });

  it('refuses a file without front matter, naming it', () => {
    expect(() => parseSample('正文', 'samples/x.txt')).toThrow(/^samples\/x\.txt:1: /);
    expect(() => parseSample('---\nid: x\n', 'x.txt')).toThrow(/x\.txt:1/);
  });

  it('round-trips every imported seed sample and the markup fixture', () => {
    const markup = importSources([fixtureInput('markup-script.txt')], EMPTY).collection.samples;
    for (const s of [...seeds.samples, ...markup]) expect(parseSample(formatSample(s), `${s.id}.txt`)).toEqual(s);
  });
});

describe('formatSource / parseSource', () => {
  it('round-trips every seed source record, 目录 and outside text included', () => {
    for (const s of seeds.sources) {
      const file = formatSource(s);
      expect(parseSource(file)).toEqual(s);
      expect(formatSource(parseSource(file))).toBe(file);
    }
  });

  it('keeps the 目录 text with its tabs and the duplicate’s text verbatim', () => {
    const toc = seeds.sources.find((s) => s.kind === 'compilation')!.outside[0]!;
    expect(toc.text).toContain('\t2\n');
    expect(parseSource(formatSource(seeds.sources[1]!)).outside[0]!.text).toBe(toc.text);
  });
});

describe('the committed content', () => {
  const list = (sub: string, ext: string) =>
    readdirSync(CONTENT + sub)
      .filter((f) => f.endsWith(ext))
      .sort();

  it('holds the 13 seed samples and 5 sources', () => {
    expect(list('samples', SAMPLE_EXT)).toEqual(seeds.samples.map((s) => s.id + SAMPLE_EXT));
    expect(list('sources', SOURCE_EXT)).toEqual(seeds.sources.map((s) => s.name + SOURCE_EXT));
  });

  it('is exactly what the engine makes of the seeds, in canonical form', () => {
    for (const s of seeds.samples) expect(readFileSync(`${CONTENT}samples/${s.id}${SAMPLE_EXT}`, 'utf8'), s.id).toBe(formatSample(s));
    for (const s of seeds.sources) expect(readFileSync(`${CONTENT}sources/${s.name}${SOURCE_EXT}`, 'utf8'), s.name).toBe(formatSource(s));
  });
});
