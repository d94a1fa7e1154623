import { describe, expect, it } from 'vitest';
import type { Heading, Structure } from '../../../src/lib/structure/model.ts';
import { sourceLines } from '../../../src/lib/view/sourceLines.ts';
import { bodyView, lineViews, segmentText, type HeadingSegment, type LineView } from '../../../src/lib/view/segments.ts';
import { committedEntries } from '../../committed.ts';

const samples = committedEntries();
const headingsOf = (lines: LineView[]) => lines.flatMap((l) => l.segments.filter((s): s is HeadingSegment => s.kind === 'heading'));

/** A heading over `[start, textEnd)` of a body, the rest filled in. */
function heading(body: string, over: string, extra: Partial<Heading> = {}): Heading {
  const start = body.indexOf(over);
  return {
    id: 'h-1',
    depth: 1,
    marker: '一、',
    text: over.slice(2),
    inline: false,
    role: 'achievements',
    line: 1,
    family: 'cn',
    number: 1,
    start,
    textStart: start + 2,
    textEnd: start + over.length,
    sectionEnd: body.length,
    parent: null,
    ...extra,
  };
}

describe('lineViews on the committed samples', () => {
  it.each(samples.map((s) => [s.id, s] as const))('%s: lines as sourceLines shows them, each given back by its segments', (_, s) => {
    const lines = lineViews(s.text, s.source.bodyStart, s.structure);
    expect(lines.map(({ line, text }) => ({ line, text }))).toEqual(sourceLines(s.text, s.source.bodyStart));
    for (const l of lines) {
      expect(l.segments.map(segmentText).join(''), `line ${l.line}`).toBe(l.text);
      expect(s.text.slice(l.start, l.start + l.text.length)).toBe(l.text);
      // No empty segment and no two text segments in a row: one text node per run.
      expect(l.segments.every((seg) => segmentText(seg) !== '')).toBe(true);
      l.segments.forEach((seg, i) => i > 0 && expect(seg.kind === 'text' && l.segments[i - 1]!.kind === 'text').toBe(false));
    }
  });

  it.each(samples.map((s) => [s.id, s] as const))('%s: every heading once, as written, on its line', (_, s) => {
    const lines = lineViews(s.text, s.source.bodyStart, s.structure);
    const shown = headingsOf(lines);
    expect(shown.map((h) => h.id)).toEqual(s.structure.outline.map((h) => h.id));
    for (const h of s.structure.outline) {
      const line = lines.find((l) => l.segments.some((seg) => seg.kind === 'heading' && seg.id === h.id))!;
      expect(line.line).toBe(h.line);
      const seg = shown.find((x) => x.id === h.id)!;
      expect(segmentText(seg)).toBe(s.text.slice(h.start, h.textEnd));
      expect(segmentText(seg).startsWith(h.marker)).toBe(true);
      expect(segmentText(seg).endsWith(h.text)).toBe(true);
      expect({ depth: seg.depth, inline: seg.inline, family: seg.family }).toEqual({ depth: h.depth, inline: h.inline, family: h.family });
    }
  });

  it.each(samples.map((s) => [s.id, s] as const))('%s: every placeholder is one chip with its characters', (_, s) => {
    const lines = lineViews(s.text, s.source.bodyStart, s.structure);
    const chips = lines.flatMap((l) =>
      l.segments.flatMap((seg) => (seg.kind === 'heading' ? seg.pieces : [seg])).filter((p) => p.kind === 'placeholder'),
    );
    expect(chips.map((c) => c.text)).toEqual(s.structure.placeholders.map((p) => p.token));
  });

  it.each(samples.map((s) => [s.id, s] as const))('%s: whole-line headings are heading elements that never skip a level', (_, s) => {
    const lines = lineViews(s.text, s.source.bodyStart, s.structure);
    let previous = 1;
    for (const l of lines) {
      const first = l.segments.find((seg): seg is HeadingSegment => seg.kind === 'heading');
      expect(l.block !== null, `line ${l.line}`).toBe(first !== undefined && !first.inline);
      if (!l.block) continue;
      expect(l.block.heading).toBe(first);
      expect(l.block.level).toBeLessThanOrEqual(Math.min(l.block.heading.depth + 1, previous + 1, 6));
      expect(l.block.level).toBeGreaterThanOrEqual(2);
      previous = l.block.level;
    }
  });
});

describe('lineViews', () => {
  const none: Pick<Structure, 'outline' | 'placeholders'> = { outline: [], placeholders: [] };

  it('trims indentation (spaces, U+3000, tabs, U+00A0) and skips blank lines, keeping source line numbers', () => {
    const body = '\u3000\u3000开头。\n \t\n正文 \u00a0\n';
    expect(lineViews(body, 10, none).map(({ line, text, start }) => ({ line, text, start }))).toEqual([
      { line: 10, text: '开头。', start: 2 },
      { line: 12, text: '正文', start: 9 },
    ]);
  });

  it('puts a placeholder inside a heading into the heading, and splits one that runs past its end', () => {
    const body = '\u3000一、XX工作\n（一）做好XX，推进X。';
    const h1 = heading(body, '一、XX工作');
    const h2 = heading(body, '（一）做好X', { id: 'h-1-1', depth: 2, marker: '（一）', inline: true, family: 'cn-paren', line: 2 });
    const placeholders = [
      { token: 'XX', start: body.indexOf('XX'), line: 1 },
      { token: 'XX', start: body.lastIndexOf('XX'), line: 2 },
      { token: 'X', start: body.lastIndexOf('X'), line: 2 },
    ];
    const [first, second] = lineViews(body, 1, { outline: [h1, h2], placeholders });
    expect(first!.block?.level).toBe(2);
    expect(first!.segments).toEqual([
      {
        kind: 'heading',
        id: 'h-1',
        depth: 1,
        inline: false,
        family: 'cn',
        pieces: [
          { kind: 'text', text: '一、' },
          { kind: 'placeholder', text: 'XX' },
          { kind: 'text', text: '工作' },
        ],
      },
    ]);
    expect(second!.block).toBeNull();
    expect(second!.segments).toEqual([
      {
        kind: 'heading',
        id: 'h-1-1',
        depth: 2,
        inline: true,
        family: 'cn-paren',
        pieces: [
          { kind: 'text', text: '（一）做好' },
          { kind: 'placeholder', text: 'X' },
        ],
      },
      { kind: 'placeholder', text: 'X' },
      { kind: 'text', text: '，推进' },
      { kind: 'placeholder', text: 'X' },
      { kind: 'text', text: '。' },
    ]);
  });

  it('keeps several inline headings of one paragraph in order, with the text between them', () => {
    const body = '一是甲。说明。二是乙。';
    const a = heading(body, '一是甲', { id: 'h-1', marker: '一是', inline: true, family: 'enum' });
    const b = heading(body, '二是乙', { id: 'h-2', marker: '二是', inline: true, family: 'enum', number: 2 });
    const [line] = lineViews(body, 1, { outline: [b, a], placeholders: [] });
    expect(line!.segments.map((s) => (s.kind === 'heading' ? s.id : s.text))).toEqual(['h-1', '。说明。', 'h-2', '。']);
  });

  it('never lets a heading element skip a level: a depth-3 line heading after the title is an h2, then h3', () => {
    const body = '1.甲\n1.乙\n（1）丙';
    const a = heading(body, '1.甲', { depth: 3, marker: '1.', family: 'num' });
    const b = heading(body, '1.乙', { id: 'h-2', depth: 3, marker: '1.', family: 'num', line: 2 });
    const c = heading(body, '（1）丙', { id: 'h-2-1', depth: 4, marker: '（1）', family: 'num-paren', line: 3 });
    expect(lineViews(body, 1, { outline: [a, b, c], placeholders: [] }).map((l) => l.block?.level)).toEqual([2, 2, 3]);
  });
});

describe('bodyView', () => {
  it.each(samples.map((s) => [s.id, s] as const))('%s: every line in one part, in order, parts as the engine found them', (_, s) => {
    const parts = bodyView(s);
    expect(parts.map((p) => ({ id: p.id, role: p.role }))).toEqual(s.structure.parts.map((p) => ({ id: p.id, role: p.role })));
    expect(parts.flatMap((p) => p.lines.map((l) => l.line))).toEqual(sourceLines(s.text, s.source.bodyStart).map((l) => l.line));
    for (const [i, p] of parts.entries()) {
      const part = s.structure.parts[i]!;
      expect(p.lines.every((l) => l.start >= part.start && l.start < part.end)).toBe(true);
      if (p.lines.length > 0) expect(p.lines[0]!.line).toBe(part.line);
      // A part that starts with its heading starts with that heading's line.
      if (part.heading !== null) expect(p.lines[0]!.line).toBe(s.structure.outline[part.heading]!.line);
    }
  });

  it('labels parts by role, numbered when a role repeats', () => {
    const s = samples.find((x) => x.structure.parts.filter((p) => p.role === 'achievements').length > 1)!;
    const labels = bodyView(s).map((p) => p.label);
    expect(labels).toContain('主要成绩 1');
    expect(labels).toContain('主要成绩 2');
    expect(labels[0]).toBe('开头');
  });
});
