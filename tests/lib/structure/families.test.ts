import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chineseNumber, chineseNumeral, FAMILIES, FAMILY_SPECS, type Family } from '../../../src/lib/structure/families.ts';
import { fold } from '../../../src/lib/structure/fold.ts';
import { enumerationMarks, lineMarkAt } from '../../../src/lib/structure/markers.ts';
import { headingSchema } from '../../../src/lib/structure/model.ts';
import { paragraphsOf } from '../../../src/lib/structure/paragraphs.ts';
import { structure } from './helpers.ts';

const FAMILIES_PATH = '../../../src/lib/structure/families.ts';
type Families = typeof import('../../../src/lib/structure/families.ts');

describe('chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
  ] as const)('%s = %i, both ways', (s, n) => {
    expect(chineseNumber(s)).toBe(n);
    expect(chineseNumeral(n)).toBe(s);
  });
  it('rejects what is not a numeral', () => {
    expect(chineseNumber('一二')).toBeNull();
    expect(chineseNumber('零')).toBeNull();
    expect(chineseNumber('百')).toBeNull();
  });
});

describe('forms', () => {
  const formOf = (family: Family, mark: string) => FAMILY_SPECS[family].form(mark);
  it('names a mark’s variant with its number as N, as the engine found it', () => {
    const marks: Array<[Family, string]> = [
      ['cn-paren', '（一）'],
      ['cn-paren', '(一)'],
      ['num', '1.'],
      ['num', '１．'],
      ['num', '3、'],
      ['num-paren', '（12）'],
      ['circled', '②'],
    ];
    expect(marks.map(([f, m]) => formOf(f, m))).toEqual(['（N）', '(N)', 'N.', 'N．', 'N、', '（N）', 'N']);
    expect(['一是', '十二要', '其次，', '最后是', '三\n  是'].map((m) => formOf('enum', m))).toEqual([
      'N是',
      'N要',
      '首先，',
      '首先是',
      'N是',
    ]);
  });
  it('leaves a mark without numerals as it is', () => {
    expect(formOf('dash', '——')).toBe('——');
    expect(formOf('plain', '')).toBe('');
  });
});

/** The mark of a family with the number n, in the form of its label (`一、` → `N、`). */
const markOf = (family: Family, n: number) => {
  const spec = FAMILY_SPECS[family];
  return spec.format(spec.form(spec.label), n);
};
/** The mark as the engine finds it in a text: opening a paragraph, or as an item after a sentence end. */
const found = (family: Family, mark: string) => {
  if (FAMILY_SPECS[family].line) return lineMarkAt(`${mark}甲`, fold(`${mark}甲`), 0);
  return enumerationMarks(`乙。${mark}甲`, fold(`乙。${mark}甲`), 0, mark.length + 3)[0] ?? null;
};
const SEQUENCED = FAMILIES.filter((f) => FAMILY_SPECS[f].sequenced);
const LINE = FAMILIES.filter((f) => FAMILY_SPECS[f].line);
const anchored = (f: Family) => new RegExp(`^(?:${FAMILY_SPECS[f].line!.pattern})`, 'u');
const startsOf = (f: Family) => new RegExp(`^[${FAMILY_SPECS[f].line!.starts}]`, 'u');

describe('the family registry', () => {
  it('is what the schema accepts, and labels every family differently', () => {
    expect(headingSchema.shape.family.options).toEqual(FAMILIES);
    expect(new Set(FAMILIES.map((f) => FAMILY_SPECS[f].label)).size).toBe(FAMILIES.length);
  });

  it('labels a sequenced family by its first mark', () => {
    for (const f of SEQUENCED) expect([f, FAMILY_SPECS[f].value(fold(FAMILY_SPECS[f].label))]).toEqual([f, 1]);
  });

  it.each(SEQUENCED)('%s: formatter and parser round-trip for 1..50, and the engine finds every mark', (family) => {
    const spec = FAMILY_SPECS[family];
    for (let n = 1; n <= 50; n++) {
      const mark = markOf(family, n);
      expect([mark, spec.value(fold(mark))]).toEqual([mark, n]);
      expect(spec.form(mark)).toBe(spec.form(spec.label));
      expect(found(family, mark)).toMatchObject({ family, text: mark, number: n });
    }
  });

  it.each(LINE)('%s: its start characters cover the first character of every mark it writes', (family) => {
    for (let n = 1; n <= 50; n++) expect(markOf(family, n)).toMatch(startsOf(family));
  });

  it('start characters cover whatever a line pattern matches, and no text opens with marks of two families', () => {
    const marks = FAMILIES.flatMap((f) => Array.from({ length: 99 }, (_, k) => markOf(f, k + 1)));
    const alphabet = [...new Set([...marks.join(''), ...'、.．，,（(）)—是要季月甲零〇0１ '])];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 8 }), (s) => {
        const matching = LINE.filter((f) => anchored(f).test(s));
        expect(matching.length).toBeLessThanOrEqual(1);
        for (const f of matching) expect(s).toMatch(startsOf(f));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes circled numbers past ⑳ (Unicode runs ㉑…㉟ and ㊱…㊿)', () => {
    expect([20, 21, 35, 36, 50].map((n) => markOf('circled', n))).toEqual(['⑳', '㉑', '㉟', '㊱', '㊿']);
  });
});

describe('a new family is one registry entry', () => {
  // `第一，…第二，…` opening paragraphs: a family the engine does not know.
  const flattened = '今年以来，我办扎实工作。一、总体情况。第一，加强学习。第二，改进作风。二、存在问题。第一，学习不够。';
  const skipped = '开头。\n一、甲\n第一，乙。\n第三，丙。';

  afterEach(() => {
    vi.doUnmock(FAMILIES_PATH);
    vi.resetModules();
  });

  it('is unknown to the engine as it stands', () => {
    expect(lineMarkAt('第一，甲', '第一，甲', 0)).toBeNull();
    const pieces = paragraphsOf(flattened).map((p) => flattened.slice(p.start, p.end));
    expect(pieces).toEqual([
      '今年以来，我办扎实工作。',
      '一、总体情况。第一，加强学习。第二，改进作风。',
      '二、存在问题。第一，学习不够。',
    ]);
    expect(structure(skipped).anomalies.filter((a) => a.kind.startsWith('numbering'))).toEqual([]);
  });

  it('is recognised by the markers, the flattened-text cutter, the numbering checks and the schema once added', async () => {
    vi.resetModules();
    vi.doMock(FAMILIES_PATH, async (importOriginal) => {
      const real = await importOriginal<Families>();
      const ordinal = real.family({
        label: '第一，',
        numeral: real.CHINESE,
        line: { pattern: '第[一二三四五六七八九十]{1,3}[，、]', starts: '第' },
        sequenced: true,
      });
      const FAMILY_SPECS = { ...real.FAMILY_SPECS, ordinal };
      return { ...real, FAMILY_SPECS, FAMILIES: Object.keys(FAMILY_SPECS) };
    });
    const markers = await import('../../../src/lib/structure/markers.ts');
    const paragraphs = await import('../../../src/lib/structure/paragraphs.ts');
    const { analyzeStructure } = await import('../../../src/lib/structure/analyze.ts');
    const { structureSchema } = await import('../../../src/lib/structure/model.ts');
    const analyze = (body: string) =>
      analyzeStructure(body, { firstLine: 1, title: { text: 'XX县政府办公室2020年工作总结', level: null } });

    expect(markers.lineMarkAt('第二，甲', '第二，甲', 0)).toMatchObject({ family: 'ordinal', form: '第N，', text: '第二，', number: 2 });
    expect(paragraphs.paragraphsOf(flattened).map((p) => flattened.slice(p.start, p.end))).toEqual([
      '今年以来，我办扎实工作。',
      '一、总体情况。',
      '第一，加强学习。',
      '第二，改进作风。',
      '二、存在问题。',
      '第一，学习不够。',
    ]);
    const flat = analyze(flattened);
    expect(flat.outline.map((h) => `${h.marker}${h.text}@${h.depth}`)).toEqual([
      '一、总体情况。@1',
      '第一，加强学习。@2',
      '第二，改进作风。@2',
      '二、存在问题。@1',
      '第一，学习不够。@2',
    ]);
    expect(() => structureSchema.parse(flat)).not.toThrow();
    const numbering = analyze(skipped).anomalies.filter((a) => a.kind.startsWith('numbering'));
    expect(numbering).toMatchObject([{ kind: 'numbering-skip', lines: [4], expected: '第二，' }]);
  });
});
