import { describe, expect, it } from 'vitest';
import { copyContent } from '../../../src/lib/format/copy.ts';
import { copyDoc, copyTargets } from '../../../src/lib/view/copyDoc.ts';
import { partLabels } from '../../../src/lib/view/labels.ts';
import { committedEntries } from '../../committed.ts';

const entries = committedEntries();

describe('copy targets', () => {
  it.each(entries.map((s) => [s.id, s] as const))(
    '%s: the whole text, every part, and every section whose heading opens its line',
    (_, s) => {
      const t = copyTargets(s, partLabels(s.structure.parts));
      expect(t.doc).toMatchObject({ from: 0, to: s.text.length, title: true, label: '全文' });
      expect([...t.parts].map(([id, p]) => [id, p.from, p.to])).toEqual(s.structure.parts.map((p) => [p.id, p.start, p.end]));
      for (const [i, h] of s.structure.outline.entries()) {
        const opensLine = s.text.slice(s.text.lastIndexOf('\n', h.start - 1) + 1, h.start).trim() === '';
        const part = s.structure.parts.find((p) => p.heading === i);
        const wholePart = part !== undefined && h.sectionEnd >= part.end;
        const section = t.sections.get(h.line);
        if (opensLine && !wholePart) expect(section).toMatchObject({ from: h.start, to: h.sectionEnd, outline: true });
        else if (!opensLine) expect(section?.from).not.toBe(h.start);
      }
    },
  );
});

describe('headings in the copy', () => {
  it.each(entries.map((s) => [s.id, s] as const))(
    '%s: a whole-line heading is a heading paragraph, an opening inline heading a run of its depth',
    (_, s) => {
      const doc = copyDoc(s);
      for (const h of s.structure.outline) {
        const block = doc.blocks.find((b) => b.at === h.start);
        if (!block) continue; // a heading inside its paragraph: body text
        if (h.inline) {
          expect(block.heading).toBeNull();
          const run = block.runs[0]!;
          expect(run.depth).toBe(h.depth);
          expect(run.pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('')).toMatch(
            new RegExp(`^${(h.marker + h.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[。：]?$`, 'u'),
          );
        } else {
          expect(block.heading).toBe(h.depth);
        }
      }
    },
  );

  it('a section ending inside a line stops before the next mark', () => {
    const found = entries
      .flatMap((s) => [...copyTargets(s, partLabels(s.structure.parts)).sections.values()].map((t) => ({ s, t })))
      .filter(
        ({ s, t }) =>
          t.to < s.text.length && s.text[t.to - 1] !== '\n' && s.text.slice(s.text.lastIndexOf('\n', t.to - 1) + 1, t.to).trim() !== '',
      );
    expect(found.length).toBeGreaterThan(0);
    for (const { s, t } of found) {
      const copied = copyContent(copyDoc(s), t, 'original').text;
      const next = s.structure.outline.find((h) => h.start === t.to)!;
      expect(copied).not.toContain(next.marker + next.text);
      expect(copied.trimEnd().endsWith(s.text.slice(t.from, t.to).trimEnd().split('\n').at(-1)!.trim())).toBe(true);
    }
  });
});
