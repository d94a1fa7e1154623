import { describe, expect, it } from 'vitest';
import { copyContent, gongwenOf, sliceDoc } from '../../../src/lib/format/copy.ts';
import { copyDoc, copyTargets } from '../../../src/lib/view/copyDoc.ts';
import { gongwenText } from '../../../src/lib/format/gongwen.ts';
import { partLabels } from '../../../src/lib/view/labels.ts';
import { committedEntries } from '../../committed.ts';

const entries = committedEntries();
/** The non-blank lines of a span of text, trimmed, as a reader sees them. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
/** A plain-text copy's lines without the indentation the copy adds. */
const unindented = (text: string) => text.split('\n').map((l) => l.replace(/^\u3000+/u, ''));

const targets = entries.flatMap((s) => {
  const t = copyTargets(s, partLabels(s.structure.parts));
  return [
    { name: `${s.id} 全文`, s, range: t.doc },
    ...[...t.parts.values()].map((p) => ({ name: `${s.id} ${p.label}`, s, range: p })),
    ...[...t.sections.values()].map((x) => ({ name: `${s.id} ${x.label}`, s, range: x })),
  ];
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
    const texts = (html: string) =>
      [...html.matchAll(/<p [^>]*>(.*?)<\/p>/g)].map((m) =>
        m[1]!
          .replace(/<[^>]+>/g, '')
          .replace(/&nbsp;/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
    expect(texts(original.html)).toEqual(unindented(original.text));
    expect(texts(template.html)).toEqual(unindented(template.text));
    expect((template.html.match(/background:#ffff00/g) ?? []).length).toBe((template.text.match(/【[^】]+】/gu) ?? []).length);
  });
});
