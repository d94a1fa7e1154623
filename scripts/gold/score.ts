/**
 * Scoring of the engine against the hand-made gold file (`corpus/gold/seeds.json`):
 * pure functions shared by `npm run bench:structure` and the gold tests.
 */
import type { SampleAnalysis } from '../../src/lib/source.ts';
import { tokenCounts } from '../../src/lib/structure/placeholders.ts';

export interface GoldHeading {
  depth: number;
  marker: string;
  text: string;
  inline: boolean;
  role: string;
  line: number;
}

export interface GoldSample {
  id: string;
  source: { file: string; index: number | null; lines: [number, number] };
  title: string;
  titleInferred: boolean;
  titleLines: string[];
  level: string | null;
  perspective: string;
  organ: string | null;
  role: string | null;
  year: number | null;
  yearInferred: boolean;
  period: string | null;
  hasPlan: boolean;
  outline: GoldHeading[];
  parts: Array<{ role: string; starts: string; line: number }>;
  anomalies: Array<{ kind: string; count?: number; tokens?: Record<string, number>; lines?: number[] }>;
}

export const METADATA_FIELDS = [
  'title',
  'titleInferred',
  'level',
  'perspective',
  'organ',
  'role',
  'year',
  'yearInferred',
  'period',
  'hasPlan',
] as const;

export interface Score {
  id: string;
  gold: number;
  found: number;
  /** Headings equal in marker and text, aligned in document order. */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  depthRight: number;
  inlineRight: number;
  roleRight: number;
  /** Parts equal in line, role and start. */
  partsRight: number;
  partsGold: number;
  partsFound: number;
  anomalyKinds: string[];
  anomalyKindsFound: string[];
  placeholdersGold: number;
  placeholdersFound: number;
  tokensEqual: boolean;
  metadataWrong: string[];
  /** First differences, for reading. */
  diffs: string[];
}

type Key = { marker: string; text: string };

/** Longest common subsequence of two heading lists by marker and text: the matched index pairs. */
function align(a: readonly Key[], b: readonly Key[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const t = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      t[i]![j] =
        a[i]!.marker === b[j]!.marker && a[i]!.text === b[j]!.text ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i]!.marker === b[j]!.marker && a[i]!.text === b[j]!.text) pairs.push([i++, j++]);
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreSample(gold: GoldSample, analysis: SampleAnalysis): Score {
  const outline = analysis.structure.outline;
  const pairs = align(gold.outline, outline);
  const diffs: string[] = [];
  const matchedGold = new Set(pairs.map(([i]) => i));
  const matchedFound = new Set(pairs.map(([, j]) => j));
  gold.outline.forEach((h, i) => matchedGold.has(i) || diffs.push(`missing L${h.line} ${h.marker}${h.text}`));
  outline.forEach((h, j) => matchedFound.has(j) || diffs.push(`extra   L${h.line} ${h.marker}${h.text}`));
  let depthRight = 0;
  let inlineRight = 0;
  let roleRight = 0;
  for (const [i, j] of pairs) {
    const g = gold.outline[i]!;
    const f = outline[j]!;
    if (g.depth === f.depth) depthRight++;
    else diffs.push(`depth   L${g.line} ${g.marker}${g.text.slice(0, 12)}: gold ${g.depth}, engine ${f.depth}`);
    if (g.inline === f.inline) inlineRight++;
    else diffs.push(`inline  L${g.line} ${g.marker}${g.text.slice(0, 12)}: gold ${g.inline}, engine ${f.inline}`);
    if (g.role === f.role) roleRight++;
  }
  const body = analysis.raw.body.split('\n');
  const parts = analysis.structure.parts;
  let partsRight = 0;
  for (const g of gold.parts) {
    const f = parts.find((p) => p.line === g.line);
    const first = (body[g.line - analysis.raw.bodyStart] ?? '').trimStart();
    if (f && f.role === g.role && first.startsWith(g.starts)) partsRight++;
    else diffs.push(`part    L${g.line} gold ${g.role}, engine ${f ? f.role : 'none'}`);
  }
  for (const f of parts) if (!gold.parts.some((g) => g.line === f.line)) diffs.push(`part    L${f.line} extra ${f.role}`);
  const goldKinds = [...new Set(gold.anomalies.map((a) => a.kind))];
  const foundKinds: string[] = [...new Set(analysis.structure.anomalies.map((a) => a.kind))];
  for (const k of goldKinds) if (!foundKinds.includes(k)) diffs.push(`anomaly missing ${k}`);
  const ph = gold.anomalies.find((a) => a.kind === 'placeholders');
  const tokens = new Map(tokenCounts(analysis.structure.placeholders));
  const goldTokens = Object.entries(ph?.tokens ?? {});
  const tokensEqual = goldTokens.length === tokens.size && goldTokens.every(([t, n]) => tokens.get(t) === n);
  const m = analysis.metadata as unknown as Record<string, unknown>;
  const g = gold as unknown as Record<string, unknown>;
  const metadataWrong = METADATA_FIELDS.filter((f) => m[f] !== g[f]);
  for (const f of metadataWrong) diffs.push(`meta    ${f}: gold ${String(g[f])}, engine ${String(m[f])}`);
  const matched = pairs.length;
  const precision = ratio(matched, outline.length);
  const recall = ratio(matched, gold.outline.length);
  return {
    id: gold.id,
    gold: gold.outline.length,
    found: outline.length,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    depthRight,
    inlineRight,
    roleRight,
    partsRight,
    partsGold: gold.parts.length,
    partsFound: parts.length,
    anomalyKinds: goldKinds,
    anomalyKindsFound: foundKinds,
    placeholdersGold: ph?.count ?? 0,
    placeholdersFound: analysis.structure.placeholders.length,
    tokensEqual,
    metadataWrong,
    diffs,
  };
}
