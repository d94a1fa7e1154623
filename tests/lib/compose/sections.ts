import { draftSection, type DraftSection } from '../../../src/lib/compose/deskDraft.ts';
import { sectionRange } from '../../../src/lib/guides/example.ts';
import { copyDoc } from '../../../src/lib/view/copyDoc.ts';
import { committedEntries } from '../../committed.ts';

export const samples = committedEntries();

/** A section of a committed sample as the add button adds it: by part id or heading id, as on its page. */
export function section(id: string, anchor: string): DraftSection {
  const s = samples.find((x) => x.id === id)!;
  const range = sectionRange(s.structure, anchor)!;
  return draftSection(copyDoc(s), range, { sample: id, title: s.title, section: anchor, label: range.label, role: range.role });
}
