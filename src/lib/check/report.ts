import { analyzeSample } from '../source.ts';
import type { Metadata } from '../import/metadata.ts';
import type { AnomalyKind, Role } from '../structure/model.ts';
import { cutDraft, normalizeDraft } from './draft.ts';
import { partChecks, type PartCheck } from './expectedParts.ts';
import { renumbering, type Renumbering } from './renumber.ts';
import { closestSamples, featuresOf, type Features, type SampleFeatures, type Similar } from './similar.ts';
import { unfilled, type Unfilled } from './unfilled.ts';

/** Numbering anomalies are shown as a renumbering of their sequence, with their details as notes. */
const NUMBERING: ReadonlySet<AnomalyKind> = new Set(['numbering-repeat', 'numbering-skip', 'numbering-restart']);

/** A sequence to renumber, with what the engine says of its marks out of order. */
export interface NumberingCheck extends Renumbering {
  notes: string[];
}

/** Everything the draft checker shows for one draft; line numbers are the draft's (1-based). */
export interface CheckReport {
  /** Non-whitespace characters of title lines and body, as a sample's length is counted. */
  chars: number;
  /** The title lines found, or null when the draft opens without one. */
  title: { text: string; line: number } | null;
  metadata: Pick<Metadata, 'level' | 'perspective' | 'organ' | 'year' | 'period'>;
  /** Texts in the draft (a pasted compilation holds several; only the first is checked). */
  texts: number;
  /** Why the draft could not be cut into notice, title and body, if it could not. */
  problem: string | null;
  outline: Array<{ depth: number; marker: string; text: string; line: number; role: Role }>;
  parts: PartCheck[];
  numbering: NumberingCheck[];
  /** The engine's other anomalies (placeholders are `unfilled`, numbering is `numbering`). */
  anomalies: Array<{ kind: AnomalyKind; lines: number[]; detail: string }>;
  unfilled: Unfilled[];
  similar: Similar;
}

const nonSpace = (s: string) => s.replace(/\s/gu, '').length;

/**
 * Check a draft with the same engine that analyzed the samples at build time: cut it as the
 * importer cuts a file, analyze its structure and metadata, then derive what a writer should
 * look at. Pure; runs in the browser on every pause in typing. Similar samples are ranked among
 * `samples`, or by a function of the draft's features (the worker ranks among the shards it loads).
 */
export function checkDraft(text: string, samples: readonly SampleFeatures[] | ((draft: Features) => Similar)): CheckReport {
  const draft = cutDraft(text);
  const { raw, metadata, structure } = analyzeSample(draft.raw);
  const chars = nonSpace(raw.titleLines.join('')) + nonSpace(raw.body);
  const numberingNotes = structure.anomalies.filter((a) => NUMBERING.has(a.kind));
  // A sequence takes the notes on its items' lines: found by line, not by comparing every
  // note with every item of every sequence.
  const notesOnLine = new Map<number, number[]>();
  numberingNotes.forEach((a, k) => {
    const line = a.lines[0];
    if (line === undefined) return;
    const here = notesOnLine.get(line);
    if (here) here.push(k);
    else notesOnLine.set(line, [k]);
  });
  const notesOf = (items: readonly { line: number }[]) =>
    [...new Set(items.map((x) => x.line))]
      .flatMap((line) => notesOnLine.get(line) ?? [])
      .sort((a, b) => a - b)
      .map((k) => numberingNotes[k]!.detail);
  const features = featuresOf(metadata.level, structure, chars);
  return {
    chars,
    title: raw.titleLines.length > 0 ? { text: metadata.title, line: raw.bodyStart - raw.titleLines.length } : null,
    metadata: {
      level: metadata.level,
      perspective: metadata.perspective,
      organ: metadata.organ,
      year: metadata.year,
      period: metadata.period,
    },
    texts: draft.texts,
    problem: draft.problem,
    outline: structure.outline.map(({ depth, marker, text, line, role }) => ({ depth, marker, text, line, role })),
    parts: partChecks(structure, raw.body),
    numbering: renumbering(structure).map((r) => ({ ...r, notes: notesOf(r.items) })),
    anomalies: structure.anomalies
      .filter((a) => a.kind !== 'placeholders' && !NUMBERING.has(a.kind))
      .map(({ kind, lines, detail }) => ({ kind, lines, detail })),
    unfilled: unfilled(normalizeDraft(text)),
    similar: typeof samples === 'function' ? samples(features) : closestSamples(features, samples),
  };
}
