import type { Renumbered, Renumbering } from './renumber.ts';

/**
 * The draft with every mark of `sequences` (the checker's renumbering of it) rewritten as proposed,
 * the rest of each line untouched. `text` is the draft as a textarea holds it (`\n` line ends),
 * whose 1-based lines the sequences name. A mark is found on its line before its heading text
 * (`再次，b`), or alone when spaces part them; each place is used once, since several headings
 * may share a line (`首先，a。再次，b。`). Pure: a mark it cannot find is left as written.
 */
export function renumberDraft(text: string, sequences: readonly Renumbering[]): string {
  const lines = text.split('\n');
  const byLine = new Map<number, Renumbered[]>();
  for (const seq of sequences) {
    for (const x of seq.items) {
      if (x.expected === x.marker) continue;
      const here = byLine.get(x.line);
      if (here) here.push(x);
      else byLine.set(x.line, [x]);
    }
  }
  for (const [line, items] of byLine) {
    const written = lines[line - 1];
    if (written === undefined) continue;
    const edits: Array<{ at: number; x: Renumbered }> = [];
    const find = (needle: string): number => {
      let at = written.indexOf(needle);
      while (at >= 0 && edits.some((e) => e.at === at)) at = written.indexOf(needle, at + 1);
      return at;
    };
    for (const x of items) {
      const at = x.text === '' ? find(x.marker) : ([find(x.marker + x.text), find(x.marker)].find((a) => a >= 0) ?? -1);
      if (at >= 0) edits.push({ at, x });
    }
    lines[line - 1] = edits
      .sort((a, b) => b.at - a.at)
      .reduce((s, { at, x }) => s.slice(0, at) + x.expected + s.slice(at + x.marker.length), written);
  }
  return lines.join('\n');
}
