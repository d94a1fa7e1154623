import type { Sample } from '../content/schema.ts';
import type { Heading } from '../structure/model.ts';
import { periodLabel, yearLabel } from './labels.ts';

/**
 * Several samples share a title (three read `2018年办公室工作总结（县政府办）`), so a list of
 * titles cannot tell them apart. Each sample whose title collides gets a short label: the first
 * of organ, year and period, first heading and opening words in which it differs from the
 * others of its title (those still alike are told apart by the next), or its 编号 when none does.
 */
export type Titled = Pick<Sample, 'id' | 'title' | 'organ' | 'year' | 'period' | 'text'> & {
  structure: { outline: readonly Pick<Heading, 'text'>[] };
};

/** How many characters of a heading or of the opening words a label keeps. */
const CUT = 12;

const cut = (s: string) => (s.length > CUT ? `${s.slice(0, CUT)}…` : s);

/** The first CUT + 1 non-whitespace characters of a text (enough for `cut`), read no further. */
function opening(text: string): string {
  let out = '';
  for (const m of text.matchAll(/\S+/gu)) {
    out += m[0];
    if (out.length > CUT) break;
  }
  return out.slice(0, CUT + 1);
}

/** What tells samples of one title apart, in the order tried. */
const KEYS: ReadonlyArray<(s: Titled) => string> = [
  (s) => s.organ ?? '单位未注明',
  (s) => `${yearLabel(s.year)}${periodLabel(s.period)}`,
  (s) => (s.structure.outline[0] ? `首个小标题“${cut(s.structure.outline[0].text.trim())}”` : '无小标题'),
  (s) => `开头“${cut(opening(s.text))}”`,
];

/** Titles as readers see them: runs of whitespace show as one space. */
const shown = (title: string) => title.replace(/\s+/gu, ' ').trim();

function assign(group: readonly Titled[], key: number, labels: Map<string, string>): void {
  if (key === KEYS.length) {
    for (const s of group) labels.set(s.id, `编号 ${s.id}`);
    return;
  }
  const buckets = Map.groupBy(group, KEYS[key]!);
  for (const [value, bucket] of buckets) {
    if (bucket.length === 1 && buckets.size > 1) labels.set(bucket[0]!.id, value);
    else assign(bucket, key + 1, labels);
  }
}

/** Per sample id, the label that tells it from the others sharing its title; none for a title of its own. */
export function titleLabels(samples: readonly Titled[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const group of Map.groupBy(samples, (s) => shown(s.title)).values()) {
    if (group.length < 2) continue;
    const own = new Map<string, string>();
    assign(group, 0, own);
    // Labels found by different keys could still read alike: then the 编号 settles it.
    const uses = new Map<string, number>();
    for (const label of own.values()) uses.set(label, (uses.get(label) ?? 0) + 1);
    for (const [id, label] of own) labels.set(id, uses.get(label) === 1 ? label : `${label}，编号 ${id}`);
  }
  return labels;
}

/** A title with its label, where titles are listed as plain text (a file name, a search result's name). */
export const labelledTitle = (title: string, label: string | undefined): string => (label === undefined ? title : `${title}（${label}）`);
