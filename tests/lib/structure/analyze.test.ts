import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStructure } from '../../../src/lib/structure/analyze.ts';
import { structureSchema } from '../../../src/lib/structure/model.ts';
import { kindsOf, structure } from './helpers.ts';

const BODY =
  '2020年，我办认真履职。\n一、工作回顾\n（一）办文。一是精。二是细。\n（二）办会。正文。\n二、存在问题\n学习不够。\n三、下一步打算\n一是加强学习。\n在新的一年里，我们将继续努力，再创佳绩！';

describe('analyzeStructure', () => {
  it('gives each heading a readable id from its place in the outline tree', () => {
    expect(structure(BODY).outline.map((h) => h.id)).toEqual(['h-1', 'h-1-1', 'h-1-1-1', 'h-1-1-2', 'h-1-2', 'h-2', 'h-3', 'h-3-1']);
  });

  it('gives each section its extent: to the next heading of the same or a lower depth, or the part’s end', () => {
    const s = structure(BODY);
    const section = (id: string) => {
      const h = s.outline.find((x) => x.id === id)!;
      return BODY.slice(h.start, h.sectionEnd).trim();
    };
    expect(section('h-1-1-1')).toBe('一是精。');
    expect(section('h-1-1')).toBe('（一）办文。一是精。二是细。');
    expect(section('h-1')).toBe('一、工作回顾\n（一）办文。一是精。二是细。\n（二）办会。正文。');
    expect(section('h-3-1')).toBe('一是加强学习。');
  });

  it('links each heading to its parent', () => {
    const s = structure(BODY);
    expect(s.outline.map((h) => (h.parent === null ? null : s.outline[h.parent]!.id))).toEqual([
      null,
      'h-1',
      'h-1-1',
      'h-1-1',
      'h-1',
      null,
      null,
      'h-3',
    ]);
  });

  it('says when there is no title, and when the body speaks of another level than the title', () => {
    expect(kindsOf(structure(BODY, null))).toContain('missing-title');
    const mismatch = analyzeStructure('县委、县政府领导下，我县全县工作。县政府办认真履职。', {
      firstLine: 3,
      title: { text: '市政府办工作总结', level: 'city' },
    });
    expect(mismatch.anomalies.find((a) => a.kind === 'title-body-mismatch')).toMatchObject({ lines: [2] });
  });

  it('handles an empty body', () => {
    expect(structure('')).toMatchObject({ outline: [], parts: [], placeholders: [] });
  });

  it('holds its invariants on any text: valid shape, parts tile the body, headings sit on their lines', () => {
    const pieces = fc.constantFrom(
      '一、',
      '（一）',
      '(二)',
      '1.',
      '2、',
      '一是',
      '二是',
      '首先，',
      '——',
      '。',
      '；',
      ',',
      '\n',
      '\n\n',
      '　　',
      ' ',
      'XX',
      '*',
      '存在问题',
      '下一步打算',
      '工作',
      '但也存在一些不足',
      '我们将继续努力，再创佳绩',
      '甲乙丙',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (list) => {
        const body = list.join('');
        const s = analyzeStructure(body, { firstLine: 5, title: null });
        structureSchema.parse(s);
        const lines = body.split('\n');
        if (body.trim() !== '') {
          expect(s.parts[0]!.start).toBe(0);
          expect(s.parts.at(-1)!.end).toBe(body.length);
        }
        s.parts.forEach((p, k) => k > 0 && expect(p.start).toBe(s.parts[k - 1]!.end));
        for (const h of s.outline) {
          expect(lines[h.line - 5]).toContain(h.marker);
          expect(body.slice(h.start, h.start + h.marker.length)).toBe(h.marker);
          expect(h.sectionEnd).toBeGreaterThanOrEqual(h.textEnd);
        }
        expect(new Set(s.outline.map((h) => h.id)).size).toBe(s.outline.length);
      }),
      { numRuns: 300 },
    );
  });
});
