import { describe, expect, it } from 'vitest';
import { copyContent, copyDoc, copyTargets, gongwenOf, sliceDoc, type CopyRange } from '../../src/lib/copy.ts';
import { gongwenText } from '../../src/lib/gongwen.ts';
import { partLabels } from '../../src/lib/view/labels.ts';
import { committedEntries } from './view/committed.ts';

const entries = committedEntries();
/** The non-blank lines of a span of text, trimmed, as a reader sees them. */
const linesOf = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
/** A plain-text copy's lines without the indentation the copy adds. */
const unindented = (text: string) => text.split('\n').map((l) => l.replace(/^\u3000+/u, ''));

const targets = entries.flatMap((s) => {
  const t = copyTargets(s, partLabels(s.structure.parts));
  return [
    { name: `${s.id} 全文`, s, range: t.doc },
    ...t.parts.map((p) => ({ name: `${s.id} ${p.label}`, s, range: p })),
    ...[...t.sections.values()].map((x) => ({ name: `${s.id} ${x.label}`, s, range: x })),
  ];
});

describe('copy targets', () => {
  it.each(entries.map((s) => [s.id, s] as const))('%s: the whole text, every part, and every section whose heading opens its line', (_, s) => {
    const t = copyTargets(s, partLabels(s.structure.parts));
    expect(t.doc).toMatchObject({ from: 0, to: s.text.length, title: true, label: '全文' });
    expect(t.parts.map((p) => [p.from, p.to])).toEqual(s.structure.parts.map((p) => [p.start, p.end]));
    for (const [i, h] of s.structure.outline.entries()) {
      const opensLine = s.text.slice(s.text.lastIndexOf('\n', h.start - 1) + 1, h.start).trim() === '';
      const part = s.structure.parts.find((p) => p.heading === i);
      const wholePart = part !== undefined && h.sectionEnd >= part.end;
      const section = t.sections.get(h.line);
      if (opensLine && !wholePart) expect(section).toMatchObject({ from: h.start, to: h.sectionEnd, outline: true });
      else if (!opensLine) expect(section?.from).not.toBe(h.start);
    }
  });
});

describe.each(targets.map((x) => [x.name, x] as const))('%s', (_, { s, range }) => {
  const doc = copyDoc(s);
  const original = copyContent(doc, range, 'original');
  const template = copyContent(doc, range, 'template');
  const outline = copyContent(doc, range, 'outline');
  const title = range.title ? s.titleLines.map((l) => l.trim()).filter(Boolean) : [];
  const body = linesOf(s.text.slice(range.from, range.to));

  it('copies the original: title lines, a blank line, then every line of the range as written', () => {
    expect(unindented(original.text)).toEqual(title.length > 0 ? [...title, '', ...body] : body);
  });

  it('copies the template: the same lines, with slots instead of figures, names and placeholders', () => {
    const lines = unindented(template.text);
    expect(lines).toHaveLength(unindented(original.text).length);
    expect(template.text).not.toMatch(/[XxＸｘ*＊]/u);
    const slotted = lines.map((l) => l.split(/【[^】]+】/u));
    // Between the slots, each line reads as the original.
    for (const [k, parts] of slotted.entries()) {
      let at = 0;
      const line = unindented(original.text)[k]!;
      for (const part of parts) {
        const i = line.indexOf(part, at);
        expect(i, `${part} in ${line}`).toBeGreaterThanOrEqual(0);
        at = i + part.length;
      }
    }
  });

  it('copies the outline: every heading of the range in order, indented by depth', () => {
    const headings = s.structure.outline.filter((h) => h.start >= range.from && h.start < range.to);
    const laid = gongwenText(gongwenOf(sliceDoc(doc, range.from, range.to, range.title), 'outline'), false);
    const plain = laid === '' ? [] : laid.split('\n');
    expect(range.outline).toBe(headings.length > 0);
    expect(plain.slice(title.length > 0 && headings.length > 0 ? title.length + 1 : title.length)).toEqual(
      headings.map((h) => '\u3000\u3000'.repeat(h.depth - 1) + h.marker + h.text),
    );
    expect(outline.text).not.toMatch(/[XxＸｘ*＊]/u);
  });

  it('gives the same text as HTML paragraphs, the template’s slots highlighted', () => {
    const texts = (html: string) => [...html.matchAll(/<p [^>]*>(.*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(texts(original.html)).toEqual(unindented(original.text));
    expect(texts(template.html)).toEqual(unindented(template.text));
    expect((template.html.match(/background:#ffff00/g) ?? []).length).toBe((template.text.match(/【[^】]+】/gu) ?? []).length);
  });
});

describe('headings in the copy', () => {
  it.each(entries.map((s) => [s.id, s] as const))('%s: a whole-line heading is a heading paragraph, an opening inline heading a run of its depth', (_, s) => {
    const doc = copyDoc(s);
    for (const h of s.structure.outline) {
      const block = doc.blocks.find((b) => b.at === h.start);
      if (!block) continue; // a heading inside its paragraph: body text
      if (h.inline) {
        expect(block.heading).toBeNull();
        const run = block.runs[0]!;
        expect(run.depth).toBe(h.depth);
        expect(run.pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('')).toMatch(new RegExp(`^${(h.marker + h.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[。：]?$`, 'u'));
      } else {
        expect(block.heading).toBe(h.depth);
      }
    }
  });

  it('a section ending inside a line stops before the next mark', () => {
    const found = entries.flatMap((s) => [...copyTargets(s, partLabels(s.structure.parts)).sections.values()].map((t) => ({ s, t })))
      .filter(({ s, t }) => t.to < s.text.length && s.text[t.to - 1] !== '\n' && s.text.slice(s.text.lastIndexOf('\n', t.to - 1) + 1, t.to).trim() !== '');
    expect(found.length).toBeGreaterThan(0);
    for (const { s, t } of found) {
      const copied = copyContent(copyDoc(s), t as CopyRange, 'original').text;
      const next = s.structure.outline.find((h) => h.start === t.to)!;
      expect(copied).not.toContain(next.marker + next.text);
      expect(copied.trimEnd().endsWith(s.text.slice(t.from, t.to).trimEnd().split('\n').at(-1)!.trim())).toBe(true);
    }
  });
});
