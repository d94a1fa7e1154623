import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/lib/import/dedupe.ts';
import { importSources, type Collection, type SourceInput } from '../../../src/lib/import/importer.ts';
import { allSeedInputs, EMPTY, fixtureInput, REFUSED_FIXTURES, SEED, seedInput, seedText, utf8 } from './helpers.ts';

const NOTICE = '本文系邮箱投稿，仅供学习参考，请勿照搬照抄！';
const input = (file: string, text: string): SourceInput => ({ file, bytes: utf8(text) });
const single = (title: string, body: string) => `${NOTICE}\n${title}\n\n${body}\n`;
const BODY_A = '2020年，我办围绕中心、服务大局，较好完成了各项任务。\n一、办文工作。全年处理来文XX件。';
const BODY_B = '2020年，县委办紧扣县委中心工作，当好参谋助手。\n一、参谋辅政。全年报送信息XX条。';
const BODY_C = '2020年，县政协办公室认真履行服务职能。\n一、服务协商议政。全年组织协商活动X次。';

/** Import and fail the test on any error. */
function ok(inputs: readonly SourceInput[], existing: Collection = EMPTY) {
  const r = importSources(inputs, existing);
  expect(r.errors).toEqual([]);
  return r;
}

describe('importSources: the seeds', () => {
  const r = ok(allSeedInputs());
  const byId = new Map(r.collection.samples.map((s) => [s.id, s]));

  it('imports 13 samples and 5 source records, sorted', () => {
    const ids = ['001-01', '001-02', '001-03', '001-04', '001-05', '001-06', '001-07', '001-08', '001-09', '001-10', '002', '003', '004'];
    expect(r.collection.samples.map((s) => s.id)).toEqual(ids);
    expect(r.imported).toEqual(ids);
    expect(r.collection.sources.map((s) => s.file)).toEqual([SEED.s000, SEED.s001, SEED.s002, SEED.s003, SEED.s004]);
  });

  it('reports 000 as a duplicate of 001-07 at its first line, naming both', () => {
    expect(r.duplicates).toHaveLength(1);
    const [d] = r.duplicates;
    expect(d!.file).toBe(SEED.s000);
    expect(d!.line).toBe(1);
    expect(d!.message).toMatch(/^重复：/);
    expect(d!.message).toContain('001-07');
    expect(d!.message).toContain(SEED.s001);
    expect(d!.message).toContain('第 162–178 行');
  });

  it('keeps 001-07 (with its notice) and records 000 on it', () => {
    const s = byId.get('001-07')!;
    expect(s.sourceNote).toBe(NOTICE);
    expect(s.duplicates).toEqual([{ file: SEED.s000, name: '000_678087adbd692cae', lines: [1, 30] }]);
    expect([...byId.values()].filter((x) => x.duplicates.length > 0).map((x) => x.id)).toEqual(['001-07']);
  });

  it('records 000 as a source that held only a duplicate, its text kept outside samples', () => {
    const src = r.collection.sources.find((s) => s.file === SEED.s000)!;
    expect(src.kind).toBe('single');
    expect(src.samples).toEqual([{ id: '001-07', title: '2018年办公室工作总结（街道办）', lines: [1, 30], duplicateOf: '001-07' }]);
    expect(src.outside).toEqual([
      { kind: 'duplicate', lines: [1, 30], text: seedText(SEED.s000).replace(/\n$/, ''), duplicateOf: '001-07' },
    ]);
  });

  it('records the compilation’s 目录 with each entry linked to its sample', () => {
    const src = r.collection.sources.find((s) => s.file === SEED.s001)!;
    expect(src).toMatchObject({
      name: '001_2e365b8a14871260',
      kind: 'compilation',
      encoding: 'utf-8',
      bom: false,
      lineEnding: 'lf',
      lineCount: 251,
      finalNewline: true,
    });
    expect(src.bytes).toBe(seedInput(SEED.s001).bytes.length);
    expect(src.toc.map((e) => e.sample)).toEqual(src.samples.map((s) => s.id));
    expect(src.outside.map((o) => [o.kind, o.lines])).toEqual([['toc', [1, 12]]]);
  });

  it('stores the body verbatim and counts its non-whitespace characters', () => {
    const s = byId.get('004')!;
    expect(s.text + '\n').toBe(seedText(SEED.s004));
    expect(s.chars).toBe(fingerprint(s.text).length);
    const s2 = byId.get('002')!;
    expect(s2.chars).toBe(fingerprint(s2.titleLines.join('') + s2.text).length);
  });

  it('gives the same result whatever the input order', () => {
    const reversed = ok([...allSeedInputs()].reverse());
    expect(reversed.collection).toEqual(r.collection);
    expect(reversed.duplicates).toEqual(r.duplicates);
  });

  it('changes nothing when the same sources are imported again (stable ids)', () => {
    const again = ok(allSeedInputs(), r.collection);
    expect(again.collection).toEqual(r.collection);
    expect(again.imported).toEqual(r.imported);
    expect(again.duplicates).toEqual(r.duplicates);
  });

  it.each([SEED.s000, SEED.s001, SEED.s004])('changes nothing when %s alone is imported again', (file) => {
    const again = ok([seedInput(file)], r.collection);
    expect(again.collection).toEqual(r.collection);
  });

  it('does not mutate its inputs', () => {
    const existing = structuredClone(r.collection);
    const inputs = allSeedInputs();
    const copy = inputs.map((i) => ({ file: i.file, bytes: new Uint8Array(i.bytes) }));
    ok(inputs, existing);
    expect(existing).toEqual(r.collection);
    expect(inputs).toEqual(copy);
  });
});

describe('importSources: duplicates', () => {
  it('lets an existing sample win over a new copy, even one with a notice', () => {
    const first = ok([seedInput(SEED.s000)]);
    expect(first.imported).toEqual(['000']);
    const second = ok([seedInput(SEED.s001)], first.collection);
    expect(second.imported).not.toContain('001-07');
    expect(second.imported).toHaveLength(9);
    expect(second.duplicates).toHaveLength(1);
    expect(second.duplicates[0]).toMatchObject({ file: SEED.s001, line: 162 });
    expect(second.duplicates[0]!.message).toContain('000');
    const s000 = second.collection.samples.find((s) => s.id === '000')!;
    expect(s000.sourceNote).toBeNull();
    expect(s000.duplicates).toEqual([{ file: SEED.s001, name: '001_2e365b8a14871260', lines: [162, 178] }]);
    const src = second.collection.sources.find((s) => s.file === SEED.s001)!;
    expect(src.toc[6]!.sample).toBe('000');
    expect(src.samples[6]).toMatchObject({ id: '000', duplicateOf: '000', lines: [162, 178] });
  });

  it('within one import, prefers the copy with a notice, then the first', () => {
    const a = input('a.txt', single('XX县政府办2020年工作总结', BODY_A));
    const b = input('b.txt', `XX县政府办2020年工作总结\n\n${BODY_A.replace('\n', '\n\n')}\n`);
    const c = input('c.txt', `XX县政府办2020年工作总结\n${BODY_A}`);
    expect(ok([b, a]).imported).toEqual(['a']);
    expect(ok([b, c]).imported).toEqual(['b']);
    expect(ok([c, b]).imported).toEqual(['c']);
  });

  it('finds a duplicate inside one compilation', () => {
    const text = `${NOTICE}\nXX县政府办2020年工作总结\n${BODY_A}\n${NOTICE}\nXX县政府办2020年工作总结\n${BODY_A}\n`;
    const r = ok([input('9_c.txt', text)]);
    expect(r.imported).toEqual(['9-01']);
    expect(r.duplicates.map((d) => [d.file, d.line])).toEqual([['9_c.txt', 5]]);
  });

  it('reports the re-encoded seeds as duplicates of the seeds', () => {
    const seeds = ok(allSeedInputs());
    const r = ok(
      ['enc-gbk-002.txt', 'enc-utf16le-003.txt', 'enc-utf16be-004.txt', 'dup-004-spacing.txt'].map(fixtureInput),
      seeds.collection,
    );
    expect(r.imported).toEqual([]);
    expect(r.duplicates.map((d) => [d.file, d.message.match(/已收录的 (\S+)《/)?.[1]])).toEqual([
      ['enc-gbk-002.txt', '002'],
      ['enc-utf16le-003.txt', '003'],
      ['enc-utf16be-004.txt', '004'],
      ['dup-004-spacing.txt', '004'],
    ]);
    expect(r.collection.samples).toEqual(seeds.collection.samples.map((s) => expect.objectContaining({ id: s.id, text: s.text })));
    const s004 = r.collection.samples.find((s) => s.id === '004')!;
    expect(s004.duplicates.map((d) => d.file)).toEqual(['dup-004-spacing.txt', 'enc-utf16be-004.txt']);
  });
});

describe('importSources: re-import', () => {
  it('replaces the samples a source produced before, keeping the id', () => {
    const before = ok([
      input('5_a.txt', single('XX县政府办2020年工作总结', BODY_A)),
      input('6_b.txt', single('XX县委办2020年工作总结', BODY_B)),
    ]);
    const after = ok([input('5_a.txt', single('XX县政府办2021年工作总结', BODY_A.replace('2020年，', '2021年，')))], before.collection);
    expect(after.imported).toEqual(['5']);
    expect(after.collection.samples.map((s) => s.id)).toEqual(['5', '6']);
    expect(after.collection.samples[0]).toMatchObject({ title: 'XX县政府办2021年工作总结', year: 2021 });
    expect(after.collection.samples[1]).toEqual(before.collection.samples[1]);
    expect(after.collection.sources).toHaveLength(2);
  });

  it('drops samples a re-imported compilation no longer holds', () => {
    const three = `${NOTICE}\nXX县政府办2020年工作总结\n${BODY_A}\n${NOTICE}\nXX县委办2020年工作总结\n${BODY_B}\n${NOTICE}\nXX县政协办2020年工作总结\n${BODY_C}\n`;
    const two = `${NOTICE}\nXX县政府办2020年工作总结\n${BODY_A}\n${NOTICE}\nXX县委办2020年工作总结\n${BODY_B}\n`;
    const before = ok([input('8_c.txt', three)]);
    expect(before.collection.samples.map((s) => s.id)).toEqual(['8-01', '8-02', '8-03']);
    const after = ok([input('8_c.txt', two)], before.collection);
    expect(after.collection.samples.map((s) => s.id)).toEqual(['8-01', '8-02']);
    expect(after.collection.sources[0]!.samples).toHaveLength(2);
  });

  it('keeps a copy recorded by another source attached when its sample is re-imported', () => {
    const seeds = ok(allSeedInputs());
    const again = ok([seedInput(SEED.s001)], seeds.collection);
    expect(again.collection.samples.find((s) => s.id === '001-07')!.duplicates.map((d) => d.file)).toEqual([SEED.s000]);
    expect(again.duplicates).toEqual([]);
  });

  it('refuses to lose a copy whose sample disappears, naming the copy’s file and line', () => {
    const comp = (bodies: string[]) => bodies.map((b, i) => `${NOTICE}\nXX县第${i + 1}办2020年工作总结\n${b}`).join('\n') + '\n';
    const before = ok([input('7_c.txt', comp([BODY_A, BODY_B])), input('d.txt', `\n\nXX县第2办2020年工作总结\n${BODY_B}\n`)]);
    expect(before.collection.sources.find((s) => s.file === 'd.txt')!.outside[0]).toMatchObject({
      kind: 'duplicate',
      duplicateOf: '7-02',
      lines: [1, 5],
    });
    const r = importSources([input('7_c.txt', `${NOTICE}\nXX县第1办2020年工作总结\n${BODY_A}\n`)], before.collection);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'd.txt', line: 1 });
    expect(r.errors[0]!.message).toMatch(/7-02 已不在导入结果中/);
    expect(r.collection).toBe(before.collection);
    expect(r.imported).toEqual([]);
  });

  it('refuses to keep a copy whose sample’s text changed under the same id', () => {
    const before = ok([
      input('a.txt', single('XX县政府办2020年工作总结', BODY_A)),
      input('b.txt', `XX县政府办2020年工作总结\n${BODY_A}\n`),
    ]);
    expect(before.collection.samples.map((s) => s.id)).toEqual(['a']);
    const r = importSources([input('a.txt', single('XX县政府办2020年工作总结', BODY_C))], before.collection);
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([['b.txt', 1]]);
    expect(r.errors[0]!.message).toMatch(/文字已经改变/);
    expect(r.collection).toBe(before.collection);
    // Importing both again settles it: b is now a sample of its own.
    expect(
      ok(
        [input('a.txt', single('XX县政府办2020年工作总结', BODY_C)), input('b.txt', `XX县政府办2020年工作总结\n${BODY_A}\n`)],
        before.collection,
      ).collection.samples.map((s) => s.id),
    ).toEqual(['a', 'b']);
  });
});

describe('importSources: errors', () => {
  it('refuses two files whose numeric prefixes give the same id', () => {
    const r = importSources(
      [input('005_a.txt', single('XX县政府办2020年工作总结', BODY_A)), input('005_b.txt', single('XX县委办2020年工作总结', BODY_B))],
      EMPTY,
    );
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([['005_b.txt', 1]]);
    expect(r.errors[0]!.message).toContain('005');
    expect(r.errors[0]!.message).toContain('005_a.txt');
  });

  it('refuses a new file whose id is taken by a sample of another file', () => {
    const before = ok([input('005_a.txt', single('XX县政府办2020年工作总结', BODY_A))]);
    const r = importSources([input('005_b.txt', `\n${NOTICE}\nXX县委办2020年工作总结\n${BODY_B}\n`)], before.collection);
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([['005_b.txt', 2]]);
    expect(r.collection).toBe(before.collection);
  });

  it('refuses two files that give the same source name', () => {
    const r = importSources(
      [input('A b.txt', single('XX县政府办2020年工作总结', BODY_A)), input('a-b.txt', single('XX县委办2020年工作总结', BODY_B))],
      EMPTY,
    );
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([['a-b.txt', 1]]);
    expect(r.errors[0]!.message).toContain('A b.txt');
  });

  it('refuses a file whose source name a file of the collection already has', () => {
    const before = ok([input('5_a.txt', single('XX县政府办2020年工作总结', BODY_A))]);
    const compilation = `${NOTICE}\nXX县委办2020年工作总结\n${BODY_B}\n${NOTICE}\nXX县政协办2020年工作总结\n${BODY_C}\n`;
    const r = importSources([input('5_A.txt', compilation)], before.collection);
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([['5_A.txt', 1]]);
    expect(r.errors[0]!.message).toBe('与已收录的 5_a.txt 得到相同的来源名 5_a，请改名后再导入');
    expect(r.collection).toBe(before.collection);
  });

  it('refuses file names that differ only in case or Unicode form, in the collection or in one run', () => {
    const nfc = '工作总结é.txt';
    const nfd = nfc.normalize('NFD');
    const before = ok([input(nfc, single('XX县政府办2020年工作总结', BODY_A))]);
    const again = importSources([input(nfd, single('XX县委办2020年工作总结', BODY_B))], before.collection);
    expect(again.errors.map((e) => [e.file, e.line])).toEqual([[nfd, 1]]);
    expect(again.errors[0]!.message).toBe(`与已收录的 ${nfc} 的文件名只差大小写或 Unicode 写法，请改名后再导入`);
    const pair = importSources(
      [input('总结Ä.txt', single('XX县政府办2020年工作总结', BODY_A)), input('总结ä.txt', single('XX县委办2020年工作总结', BODY_B))],
      EMPTY,
    );
    expect(pair.errors.map((e) => [e.file, e.line, e.message])).toEqual([
      ['总结ä.txt', 1, '与 总结Ä.txt 的文件名只差大小写或 Unicode 写法，请改名后再导入'],
    ]);
  });

  it('imports a file given twice once', () => {
    const a = input('a.txt', single('XX县政府办2020年工作总结', BODY_A));
    expect(ok([a, a]).collection.samples).toHaveLength(1);
  });

  it('reports every bad file and leaves the collection as it was', () => {
    const seeds = ok(allSeedInputs());
    const snapshot = structuredClone(seeds.collection);
    const bad = ['bad-empty.txt', 'enc-gbk-002.txt', 'bad-binary.txt', 'bad-toc-missing.txt', 'markup-script.txt'].map(fixtureInput);
    const r = importSources(bad, seeds.collection);
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([
      ['bad-empty.txt', 1],
      ['bad-binary.txt', 3],
      ['bad-toc-missing.txt', 3],
    ]);
    expect(r.collection).toBe(seeds.collection);
    expect(seeds.collection).toEqual(snapshot);
    expect(r.duplicates).toEqual([]);
    expect(r.imported).toEqual([]);
  });

  it.each(REFUSED_FIXTURES)('refuses the fixture %s at line %i', (file, line) => {
    const r = importSources([fixtureInput(file)], EMPTY);
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([[file, line]]);
    expect(r.collection).toBe(EMPTY);
  });
});

describe('importSources: fixtures that import', () => {
  it.each([
    ['enc-gbk-002.txt', SEED.s002, 'gb18030', false, 'lf'],
    ['enc-gb18030-004.txt', SEED.s004, 'gb18030', false, 'lf'],
    ['enc-utf16le-003.txt', SEED.s003, 'utf-16le', true, 'lf'],
    ['enc-utf16be-004.txt', SEED.s004, 'utf-16be', true, 'lf'],
    ['enc-cr-002.txt', SEED.s002, 'utf-8', false, 'cr'],
    ['enc-bom-crlf-001.txt', SEED.s001, 'utf-8', true, 'crlf'],
  ] as const)('imports %s like the seed %s', (file, seed, encoding, bom, lineEnding) => {
    const enc = ok([fixtureInput(file)]).collection;
    const orig = ok([seedInput(seed)]).collection;
    expect(enc.sources[0]).toMatchObject({ encoding, bom, lineEnding, lineCount: orig.sources[0]!.lineCount });
    const strip = ({ id, source, ...rest }: (typeof enc.samples)[number]) => ({ ...rest, source: { ...source, file: '', name: '' } });
    expect(enc.samples.map(strip)).toEqual(orig.samples.map(strip));
    expect(enc.sources[0]!.toc.map((e) => e.title)).toEqual(orig.sources[0]!.toc.map((e) => e.title));
  });

  it('imports the markup text verbatim', () => {
    const r = ok([fixtureInput('markup-script.txt')]);
    const [s] = r.collection.samples;
    expect(s).toMatchObject({
      id: 'markup-script',
      title: 'XX县民政局办公室2021年工作总结',
      sourceNote: '本文系作者原创投稿，仅供学习参考，请勿照搬照抄！',
    });
    for (const piece of [
      '<script>alert(1)</script>',
      '{expr}',
      '\n---\n',
      "import x from 'y'",
      '<!-- -->',
      '\ntitle: 伪造的标题\n',
      '&amp;',
    ])
      expect(s!.text).toContain(piece);
    expect(s!.text.endsWith('\n---')).toBe(true);
  });
});
