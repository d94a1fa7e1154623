import { describe, expect, it } from 'vitest';
import { rawText } from '../../../src/lib/import/importer.ts';
import { splitSource } from '../../../src/lib/import/split.ts';
import { fixtureBytes, importErrorOf, linesOf, SEED, seedText } from './helpers.ts';

const NOTICE = '本文系邮箱投稿，仅供学习参考，请勿照搬照抄！';

/** A small compilation: a 目录 listing `listed`, then one sample per title in `present`. */
function compilation(listed: readonly string[], present: readonly string[]): string {
  const toc = ['目录', ...listed.map((t, i) => `${t}\t${i * 2 + 1}`), ''];
  const samples = present.flatMap((t) => [
    NOTICE,
    t,
    `${t.slice(0, 4)}，我办围绕中心、服务大局，较好完成了各项任务。`,
    '一、办文工作。全年处理来文XX件。',
  ]);
  return [...toc, ...samples, ''].join('\n');
}
const A = 'XX县政府办2020年工作总结';
const B = 'XX县委办2020年工作总结';
const C = 'XX县政协办2020年工作总结';

describe('splitSource: the compilation seed 001', () => {
  const text = seedText(SEED.s001);
  const split = splitSource(text, SEED.s001);
  const RANGES = [
    [13, 32],
    [33, 63],
    [64, 92],
    [93, 112],
    [113, 130],
    [131, 161],
    [162, 178],
    [179, 203],
    [204, 233],
    [234, 251],
  ];

  it('is a compilation of 10 samples with the gold line ranges', () => {
    expect(split.kind).toBe('compilation');
    expect(split.samples.map((s) => s.lines)).toEqual(RANGES);
    expect(split.samples.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('counts 251 lines with a final newline', () => {
    expect(split.lineCount).toBe(251);
    expect(split.finalNewline).toBe(true);
  });

  it('keeps each notice as the source note and one title line per sample', () => {
    for (const s of split.samples) {
      expect(s.sourceNote).toBe(NOTICE);
      expect(s.titleLines).toHaveLength(1);
      expect(s.titleLines[0]).toBe(linesOf(text, s.lines[0] + 1, s.lines[0] + 1));
      expect(s.bodyStart).toBe(s.lines[0] + 2);
    }
    expect(split.samples[6]!.titleLines).toEqual(['2018年办公室工作总结（街道办）']);
    expect(split.samples[7]!.titleLines).toEqual(['2018年办公室工作总结（市党委办主任）']);
  });

  it('keeps the body verbatim, trailing whitespace-only lines included', () => {
    for (const s of split.samples) expect(s.body).toBe(linesOf(text, s.bodyStart, s.lines[1]));
    // 161 holds three spaces, 233 one U+3000, 250–251 are empty (gold README).
    expect(split.samples[5]!.body.split('\n').at(-1)).toBe('   ');
    expect(split.samples[8]!.body.split('\n').at(-1)).toBe('\u3000');
    expect(split.samples[9]!.body.endsWith('\n\n')).toBe(true);
  });

  it('reads the 目录 entries with their page numbers and lines', () => {
    expect(split.toc.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(split.toc.map((e) => e.page)).toEqual([2, 8, 18, 23, 31, 37, 42, 48, 53, 59]);
    expect(split.toc.map((e) => e.title)).toEqual(split.samples.map((s) => s.titleLines[0]));
  });

  it('keeps lines 1–12 (目录 and the blank line) as the outside toc block', () => {
    expect(split.outside).toEqual([{ kind: 'toc', lines: [1, 12], text: linesOf(text, 1, 12) }]);
  });

  it('loses nothing: the outside block and the samples rebuild the file', () => {
    const rebuilt = [...split.outside.map((o) => o.text), ...split.samples.map(rawText)].join('\n') + '\n';
    expect(rebuilt).toBe(text);
  });
});

describe('splitSource: single files', () => {
  it('002: a notice and a two-line title', () => {
    const text = seedText(SEED.s002);
    const split = splitSource(text, SEED.s002);
    expect(split.kind).toBe('single');
    expect(split.toc).toEqual([]);
    expect(split.outside).toEqual([]);
    expect(split.samples).toHaveLength(1);
    const [s] = split.samples;
    expect(s).toMatchObject({ index: null, lines: [1, 18], bodyStart: 4, sourceNote: '本文系作者原创投稿，仅供学习参考，请勿照搬照抄！' });
    expect(s!.titleLines).toEqual(['主动作为  提质增效', '不断推动办公室工作高质量发展']);
    expect(s!.body).toBe(linesOf(text, 4, 18));
  });

  it('003: a notice, the unit line and the period line', () => {
    const [s] = splitSource(seedText(SEED.s003), SEED.s003).samples;
    expect(s!.lines).toEqual([1, 33]);
    expect(s!.titleLines).toEqual(['党政办公室', '2019年工作总结及2020年工作计划']);
    expect(s!.bodyStart).toBe(4);
  });

  it('000: no notice, one title line', () => {
    const text = seedText(SEED.s000);
    const split = splitSource(text, SEED.s000);
    expect(split.kind).toBe('single');
    const [s] = split.samples;
    expect(s).toMatchObject({ index: null, lines: [1, 30], sourceNote: null, bodyStart: 2 });
    expect(s!.titleLines).toEqual(['2018年办公室工作总结（街道办）']);
    expect(rawText(s!) + '\n').toBe(text);
  });

  it('004: no notice and no title, the body is the whole file', () => {
    const text = seedText(SEED.s004);
    const [s] = splitSource(text, SEED.s004).samples;
    expect(s).toMatchObject({ index: null, lines: [1, 25], sourceNote: null, titleLines: [], bodyStart: 1 });
    expect(s!.body + '\n').toBe(text);
  });

  it('counts lines without a final newline', () => {
    const split = splitSource('标题\n\n正文一句。', 'a.txt');
    expect(split).toMatchObject({ lineCount: 3, finalNewline: false });
    expect(split.samples[0]!.lines).toEqual([1, 3]);
  });

  it('keeps blank lines before a single notice as a preamble', () => {
    const text = `\n\n${NOTICE}\n${A}\n正文一句。\n`;
    const split = splitSource(text, 'a.txt');
    expect(split.kind).toBe('single');
    expect(split.outside).toEqual([{ kind: 'preamble', lines: [1, 2], text: '\n' }]);
    expect(split.samples[0]).toMatchObject({ index: null, lines: [3, 5], titleLines: [A] });
  });

  it('treats two notices without a 目录 as a compilation', () => {
    const split = splitSource(`${NOTICE}\n${A}\n正文一。\n${NOTICE}\n${B}\n正文二。\n`, 'a.txt');
    expect(split.kind).toBe('compilation');
    expect(split.samples.map((s) => [s.index, s.lines])).toEqual([
      [1, [1, 3]],
      [2, [4, 6]],
    ]);
  });

  it('lets a sample be only its title lines (empty body)', () => {
    const split = splitSource(`${NOTICE}\n${A}\n`, 'a.txt');
    expect(split.samples[0]).toMatchObject({ titleLines: [A], body: '', bodyStart: 3, lines: [1, 2] });
  });
});

describe('splitSource: a single text with its own 目录 before the title', () => {
  const body = ['今年以来，我办认真履职。', '一、工作回顾', '（一）办文。全年办文XX件。', '二、存在的问题', '工作还有差距。'];

  it("keeps a 目录 of the text's own headings outside the sample", () => {
    const text = ['目　录', '一、工作回顾……………1', '（一）办文………………1', '二、存在的问题…………2', '', A, ...body, ''].join('\n');
    const split = splitSource(text, 'x.txt');
    expect(split.kind).toBe('single');
    expect(split.toc).toEqual([]);
    expect(split.outside).toEqual([{ kind: 'toc', lines: [1, 5], text: linesOf(text, 1, 5) }]);
    expect(split.samples).toHaveLength(1);
    expect(split.samples[0]).toMatchObject({ index: null, lines: [6, 11], titleLines: [A], bodyStart: 7, sourceNote: null });
    const rebuilt = [...split.outside.map((o) => o.text), ...split.samples.map(rawText)].join('\n') + '\n';
    expect(rebuilt).toBe(text);
  });

  it('reads a 目录 without a header: two or more lines with leader dots and page numbers', () => {
    const text = ['一、工作回顾......1', '二、存在的问题......2', A, ...body].join('\n');
    const split = splitSource(text, 'x.txt');
    expect(split.outside).toEqual([{ kind: 'toc', lines: [1, 2], text: linesOf(text, 1, 2) }]);
    expect(split.samples[0]).toMatchObject({ lines: [3, 8], titleLines: [A] });
  });

  it('reads a headed 目录 without page numbers up to its blank line', () => {
    const text = ['目录', '一、工作回顾', '二、存在的问题', '', A, ...body].join('\n');
    const split = splitSource(text, 'x.txt');
    expect(split.outside).toEqual([{ kind: 'toc', lines: [1, 4], text: linesOf(text, 1, 4) }]);
    expect(split.samples[0]).toMatchObject({ lines: [5, 10], titleLines: [A] });
  });

  it('leaves header-less lines with page numbers in the text when they are not its headings', () => {
    const text = ['全年办文......120', '全年办会......36', A, ...body].join('\n');
    const split = splitSource(text, 'x.txt');
    expect(split.outside).toEqual([]);
    expect(split.samples[0]!.lines).toEqual([1, 8]);
  });

  it('refuses a 目录 with no text after it', () => {
    const e = importErrorOf(() => splitSource('目录\n一、工作回顾……1\n\n', 'x.txt'));
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/没有正文/);
  });
});

describe('splitSource: 目录 checks', () => {
  it('accepts a 目录 that matches the samples', () => {
    const split = splitSource(compilation([A, B, C], [A, B, C]), 'ok.txt');
    expect(split.samples.map((s) => s.titleLines)).toEqual([[A], [B], [C]]);
    expect(split.toc.map((e) => [e.title, e.page, e.line])).toEqual([
      [A, 1, 2],
      [B, 3, 3],
      [C, 5, 4],
    ]);
  });

  it('reports a listed sample that is missing in the middle, at its 目录 line', () => {
    const e = importErrorOf(() => splitSource(compilation([A, B, C], [A, C]), 'm.txt'));
    expect(e.file).toBe('m.txt');
    expect(e.line).toBe(3);
    expect(e.message).toContain(`《${B}》`);
    expect(e.message).toMatch(/找不到/);
  });

  it('reports a listed sample that is missing at the end, at its 目录 line', () => {
    const e = importErrorOf(() => splitSource(compilation([A, B, C], [A, B]), 'm.txt'));
    expect(e.line).toBe(4);
    expect(e.message).toContain(`《${C}》`);
  });

  it('reports an extra sample in the middle at its notice line', () => {
    // 目录 lines 1–3 and a blank line 4; samples of 4 lines each start at 5, 9, 13.
    const e = importErrorOf(() => splitSource(compilation([A, C], [A, B, C]), 'x.txt'));
    expect(e.line).toBe(9);
    expect(e.message).toContain(`《${B}》`);
    expect(e.message).toMatch(/不在目录中/);
  });

  it('reports an extra sample at the end at its notice line', () => {
    const e = importErrorOf(() => splitSource(compilation([A, B], [A, B, C]), 'x.txt'));
    expect(e.line).toBe(13);
    expect(e.message).toContain(`《${C}》`);
  });

  it('reports a 目录 entry whose title differs from the sample at its place', () => {
    const e = importErrorOf(() => splitSource(compilation([A, 'XX县人大办2020年工作总结'], [A, B]), 'x.txt'));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/不一致/);
    expect(e.message).toContain('第 9 行');
  });

  it('matches 目录 entries ignoring whitespace, and reads other page-number forms', () => {
    const text = [
      '目　录',
      `XX县政府办 2020年工作总结……1`,
      `${B}   ３`,
      C,
      '',
      ...[A, B, C].flatMap((t) => [NOTICE, t, '正文一句。']),
    ].join('\n');
    const split = splitSource(text, 'x.txt');
    expect(split.toc.map((e) => [e.title, e.page])).toEqual([
      ['XX县政府办 2020年工作总结', 1],
      [B, 3],
      [C, null],
    ]);
    expect(split.samples).toHaveLength(3);
  });

  it("matches 目录 entries with titles that carry a site's 第N篇 number, on their line or their own", () => {
    const text = ['目录', `第1篇 ${A}\t1`, `${B}\t3`, '', NOTICE, `第1篇：${A}`, '正文一。', NOTICE, '第2篇', B, '正文二。'].join('\n');
    const split = splitSource(text, 'x.txt');
    expect(split.samples.map((s) => s.titleLines)).toEqual([[`第1篇：${A}`], ['第2篇', B]]);
  });

  it('refuses a 目录 without notice lines that lists other texts, naming the 目录 line', () => {
    const e = importErrorOf(() => splitSource(`\n目录\n${A}\t1\n${B}\t3\n\n${A}\n正文。\n`, 'x.txt'));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/说明行/);
    expect(e.message).toContain(`《${B}》`);
  });

  it('refuses text before the first notice that is not a 目录', () => {
    const e = importErrorOf(() => splitSource(`\n前言一段话。\n${NOTICE}\n${A}\n正文。\n`, 'x.txt'));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/既不是目录/);
  });

  it('refuses an empty 目录', () => {
    const e = importErrorOf(() => splitSource(`目录\n\n${NOTICE}\n${A}\n正文。\n`, 'x.txt'));
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/目录是空的/);
  });

  it('refuses a compilation sample without a title line, at the line after its notice', () => {
    const e = importErrorOf(() =>
      splitSource(`目录\n${A}\t1\n${B}\t2\n${NOTICE}\n${A}\n正文。\n${NOTICE}\n一、办文。全年办文X件。\n`, 'x.txt'),
    );
    expect(e.line).toBe(8);
    expect(e.message).toMatch(/没有标题/);
  });

  it('refuses the 目录-mismatch fixtures at the documented lines', () => {
    const read = (f: string) => new TextDecoder().decode(fixtureBytes(f));
    expect(importErrorOf(() => splitSource(read('bad-toc-missing.txt'), 'bad-toc-missing.txt')).line).toBe(3);
    expect(importErrorOf(() => splitSource(read('bad-toc-extra.txt'), 'bad-toc-extra.txt')).line).toBe(9);
  });
});

describe('splitSource: a printed outline above the title', () => {
  const body = [
    'XX县政府办公室2023年工作总结',
    '2023年，我办认真履职。',
    '一、主要工作',
    '全年办文XX件。',
    '二、存在的问题',
    '服务意识不强。',
  ];

  it('keeps numbered heading lines that the body repeats outside the sample', () => {
    const text = ['一、主要工作', '二、存在的问题', ...body].join('\n');
    const split = splitSource(text, 'x.txt');
    expect(split.outside).toEqual([{ kind: 'toc', lines: [1, 2], text: '一、主要工作\n二、存在的问题' }]);
    expect(split.samples[0]!.titleLines).toEqual(['XX县政府办公室2023年工作总结']);
  });

  it('leaves them in the sample when the body does not repeat them, or there is only one', () => {
    expect(splitSource(['一、主要工作', '二、其他事项', ...body].join('\n'), 'x.txt').outside).toEqual([]);
    expect(splitSource(['一、主要工作', ...body].join('\n'), 'x.txt').outside).toEqual([]);
  });
});
