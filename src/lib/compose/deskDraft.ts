import { sliceDoc, type CopyBlock, type CopyDoc, type CopyHeading, type CopyRange } from '../format/copy.ts';
import { SLOT_TYPES, type SlotType } from '../format/slot.ts';
import { ROLES, type Role } from '../structure/partRoles.ts';

/**
 * The reader's draft on 写作台 (the writing desk): sections taken from samples, in the reader's order, each used as
 * a template or as the original text, with one value per slot type, single slots overridden,
 * and a title. A section keeps the copy pieces of its range (blocks and headings), so the
 * compose page needs nothing but the draft. Edits return a new draft: the page keeps the last
 * one for 撤销. Pure: the copy island and the compose island share it.
 */

/** Where a section comes from, as the add button names it. */
export interface SectionSource {
  /** The sample's id (`001-07`) and title. */
  sample: string;
  title: string;
  /** The part id (`achievements-2`) or heading id (`h-2-1`) on the sample page. */
  section: string;
  /** The section as its copy actions name it (`主要成绩 2`, `（一）稳步推进机关制度建设`). */
  label: string;
  role: Role;
}

export const SECTION_MODES = ['template', 'original'] as const;
export type SectionMode = (typeof SECTION_MODES)[number];

export interface DraftSection extends SectionSource {
  /** Unique in a draft: a section is added once (`001-07#h-1-2`). */
  key: string;
  mode: SectionMode;
  blocks: CopyBlock[];
  outline: CopyHeading[];
}

export interface Draft {
  sections: DraftSection[];
  /** The title as the reader wrote it; null while it is the default. */
  title: string | null;
  /** What fills every slot of a type. */
  values: Partial<Record<SlotType, string>>;
  /** What fills one slot, by slot key (see `slotKey`). */
  overrides: Record<string, string>;
}

export const EMPTY_DRAFT: Draft = { sections: [], title: null, values: {}, overrides: {} };

export const sectionKey = (s: Pick<SectionSource, 'sample' | 'section'>): string => `${s.sample}#${s.section}`;

/** A section of a sample's CopyDoc, as the add button adds it: its range's pieces, used as a template. */
export function draftSection(doc: CopyDoc, range: Pick<CopyRange, 'from' | 'to'>, source: SectionSource): DraftSection {
  const { blocks, outline } = sliceDoc(doc, range.from, range.to, false);
  return { ...source, key: sectionKey(source), mode: 'template', blocks, outline };
}

/** The draft with `section` at its end, unless it already holds that section. */
export function addSection(draft: Draft, section: DraftSection): { draft: Draft; added: boolean } {
  if (draft.sections.some((s) => s.key === section.key)) return { draft, added: false };
  return { draft: { ...draft, sections: [...draft.sections, section] }, added: true };
}

/** The draft with section `index` moved one place up (-1) or down (1); the same draft at either end. */
export function moveSection(draft: Draft, index: number, by: -1 | 1): Draft {
  const to = index + by;
  if (index < 0 || to < 0 || to >= draft.sections.length) return draft;
  const sections = [...draft.sections];
  [sections[index], sections[to]] = [sections[to]!, sections[index]!];
  return { ...draft, sections };
}

/** The draft without section `index`, and without the slots it overrode. */
export function removeSection(draft: Draft, index: number): Draft {
  const gone = draft.sections[index];
  if (!gone) return draft;
  const overrides = Object.fromEntries(Object.entries(draft.overrides).filter(([k]) => !k.startsWith(`${gone.key}/`)));
  return { ...draft, sections: draft.sections.filter((_, i) => i !== index), overrides };
}

/** Sections in the order of their roles (开头 → 主要成绩 → 存在问题 → 下一步打算 → 结尾), the reader's order within a role. */
export function sortByRole(draft: Draft): Draft {
  const rank = (s: DraftSection) => ROLES.indexOf(s.role);
  return {
    ...draft,
    sections: draft.sections
      .map((s, i) => ({ s, i }))
      .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
      .map(({ s }) => s),
  };
}

export function setMode(draft: Draft, index: number, mode: SectionMode): Draft {
  return { ...draft, sections: draft.sections.map((s, i) => (i === index ? { ...s, mode } : s)) };
}

/** A value for every slot of `type`; an empty value leaves them unfilled. */
export function setValue(draft: Draft, type: SlotType, value: string): Draft {
  const values = { ...draft.values };
  if (value.trim() === '') delete values[type];
  else values[type] = value;
  return { ...draft, values };
}

/** A value for one slot; null gives it back to the value of its type. */
export function setOverride(draft: Draft, key: string, value: string | null): Draft {
  const overrides = { ...draft.overrides };
  if (value === null) delete overrides[key];
  else overrides[key] = value;
  return { ...draft, overrides };
}

export function setTitle(draft: Draft, title: string | null): Draft {
  return { ...draft, title };
}

/** The draft as it is stored; `version` lets a later format tell an old draft apart. */
export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ version: 1, ...draft });
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const stringsOf = (x: unknown): Record<string, string> =>
  isRecord(x) ? Object.fromEntries(Object.entries(x).filter((e): e is [string, string] => isString(e[1]))) : {};

const isPieces = (x: unknown) =>
  Array.isArray(x) && x.every((p) => isString(p) || (isRecord(p) && isString(p.text) && SLOT_TYPES.includes(p.slot as SlotType)));
const isBlock = (b: unknown) =>
  isRecord(b) && typeof b.at === 'number' && Array.isArray(b.runs) && b.runs.every((r) => isRecord(r) && isPieces(r.pieces));
const isHeading = (h: unknown) => isRecord(h) && typeof h.at === 'number' && typeof h.depth === 'number' && isPieces(h.pieces);

function sectionOf(x: unknown): DraftSection | null {
  if (!isRecord(x)) return null;
  const { sample, title, section, label, role, mode, blocks, outline } = x;
  if (![sample, title, section, label].every(isString) || !ROLES.includes(role as Role)) return null;
  if (!Array.isArray(blocks) || !blocks.every(isBlock) || !Array.isArray(outline) || !outline.every(isHeading)) return null;
  const source = { sample, title, section, label, role } as SectionSource;
  return { ...source, key: sectionKey(source), mode: mode === 'original' ? 'original' : 'template', blocks, outline };
}

/**
 * A stored draft read back: what is not a draft (another format, a hand-edited value) reads as
 * the empty draft, and a section that is not one (down to its pieces) is dropped, so the page
 * always opens.
 */
export function parseDraft(json: string | null): Draft {
  let x: unknown;
  try {
    x = json === null ? null : JSON.parse(json);
  } catch {
    return EMPTY_DRAFT;
  }
  if (!isRecord(x) || x.version !== 1 || !Array.isArray(x.sections)) return EMPTY_DRAFT;
  // A section twice (two tabs adding at once) is kept once: keys name its overridden slots.
  const sections: DraftSection[] = [];
  for (const s of x.sections.map(sectionOf)) if (s && !sections.some((t) => t.key === s.key)) sections.push(s);
  const values = Object.fromEntries(Object.entries(stringsOf(x.values)).filter(([k]) => (SLOT_TYPES as readonly string[]).includes(k)));
  return { sections, title: isString(x.title) ? x.title : null, values, overrides: stringsOf(x.overrides) };
}
