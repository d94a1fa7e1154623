import { describe, expect, it } from 'vitest';
import { copyContent } from '../../../src/lib/format/copy.ts';
import { exampleView, sectionRange } from '../../../src/lib/guides/example.ts';
import { bodyView } from '../../../src/lib/view/segments.ts';
import { committedEntries } from '../../committed.ts';

const entries = committedEntries();
const ids = (e: (typeof entries)[number]) => [...e.structure.parts.map((p) => p.id), ...e.structure.outline.map((h) => h.id)];

describe('sectionRange', () => {
  it.each(entries.map((e) => [e.id, e] as const))('%s: a part is its range, a heading its section', (_, e) => {
    for (const p of e.structure.parts) expect(sectionRange(e.structure, p.id)).toMatchObject({ from: p.start, to: p.end, role: p.role });
    for (const h of e.structure.outline)
      expect(sectionRange(e.structure, h.id)).toEqual({ from: h.start, to: h.sectionEnd, label: (h.marker + h.text).trim(), role: h.role });
    expect(sectionRange(e.structure, 'no-such-section')).toBeNull();
  });
});

describe('exampleView', () => {
  it.each(entries.map((e) => [e.id, e] as const))(
    '%s: every section shows the body lines it touches, in order, linked to its anchor',
    (_, e) => {
      const all = bodyView(e).flatMap((p) => p.lines);
      for (const id of ids(e)) {
        const view = exampleView(e, id)!;
        const range = sectionRange(e.structure, id)!;
        expect(view.href).toBe(`/samples/${e.id}/#${id}`);
        expect(view.omitted).toBe(0);
        expect(view.lines.length).toBeGreaterThan(0);
        // The lines are a run of the page's lines: consecutive, covering the section's text.
        const first = all.findIndex((l) => l.line === view.lines[0]!.line);
        expect(view.lines).toEqual(all.slice(first, first + view.lines.length));
        const shown = view.lines.map((l) => l.text).join('');
        expect(shown.replace(/\s/g, '')).toContain(e.text.slice(range.from, range.to).replace(/\s/g, ''));
        // What the copy actions copy is the section's text.
        const copied = copyContent(view.copy.doc, view.copy.target, 'original').text.replace(/\s/g, '');
        expect(copied).toBe(e.text.slice(range.from, range.to).replace(/\s/g, ''));
      }
    },
  );

  it('cuts a section to its first `max` lines and counts the rest', () => {
    const e = entries.find((x) => x.structure.parts.some((p) => bodyView(x).find((v) => v.id === p.id)!.lines.length > 2))!;
    const part = e.structure.parts.find((p) => bodyView(e).find((v) => v.id === p.id)!.lines.length > 2)!;
    const whole = exampleView(e, part.id)!;
    const cut = exampleView(e, part.id, 2)!;
    expect(cut.lines).toEqual(whole.lines.slice(0, 2));
    expect(cut.omitted).toBe(whole.lines.length - 2);
    expect(exampleView(e, part.id, 0)!.lines).toHaveLength(1);
  });

  it('is null for a section the sample does not have', () => {
    expect(exampleView(entries[0]!, 'h-999')).toBeNull();
  });
});
