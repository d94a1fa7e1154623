import { GROUP_LABELS, levelFromBody, type Level } from '../offices.ts';
import { assignDepths } from './depth.ts';
import { fold } from './fold.ts';
import { findHeadings } from './headings.ts';
import { headingPunctuation, mixedMarkers, truncatedHeadings } from './headingChecks.ts';
import { lineIndex } from './lines.ts';
import { numberingAnomalies } from './numbering.ts';
import { paragraphsOf } from './paragraphs.ts';
import { roleOrdinals } from './partRoles.ts';
import { findParts, partAt } from './parts.ts';
import { findPlaceholders, tokenCounts } from './placeholders.ts';
import type { Anomaly, Heading, Part, Placeholder, Structure } from './model.ts';
import { punctuationAnomalies, whitespaceAnomalies } from './typography.ts';

/** What the engine knows of the text around the body. */
export interface StructureContext {
  /** 1-based source line of the body's first line. */
  firstLine: number;
  /** The title as given by the source, with the level it names; null when the source has no title line. */
  title: { text: string; level: Level | null } | null;
}

function titleAnomalies(body: string, context: StructureContext): Anomaly[] {
  if (context.title === null) return [{ kind: 'missing-title', lines: [], detail: '原文没有标题行，标题由正文推断', expected: null }];
  const stated = context.title.level;
  const spoken = levelFromBody(body)?.level ?? null;
  if (stated === null || spoken === null || stated === spoken) return [];
  return [
    {
      kind: 'title-body-mismatch',
      lines: [context.firstLine - 1],
      detail: `标题「${context.title.text}」写的是${GROUP_LABELS[stated]}，正文却以${GROUP_LABELS[spoken]}的口吻自称`,
      expected: null,
    },
  ];
}

function placeholderAnomaly(placeholders: readonly Placeholder[]): Anomaly {
  const counts = tokenCounts(placeholders);
  const n = placeholders.length;
  return {
    kind: 'placeholders',
    lines: [...new Set(placeholders.map((p) => p.line))],
    detail: n === 0 ? '没有占位符' : `占位符 ${n} 处：${counts.map(([t, c]) => `${t} ×${c}`).join('，')}`,
    expected: null,
  };
}

/** Ids of headings by their position path in the outline tree: `h-2-1-3`. */
function headingIds(depths: readonly number[], parents: ReadonlyArray<number | null>): string[] {
  const ids: string[] = [];
  const children = new Map<number | null, number>();
  depths.forEach((_, i) => {
    const parent = parents[i] ?? null;
    const n = (children.get(parent) ?? 0) + 1;
    children.set(parent, n);
    ids.push(parent === null ? `h-${n}` : `${ids[parent]}-${n}`);
  });
  return ids;
}

/**
 * Each heading's parent (the nearest heading above it in its part that is less deep) and next
 * sibling (the next heading in its part that is as deep or less deep: where its section ends),
 * by one pass with a stack of open headings instead of a search from every heading.
 */
function treeLinks(
  depths: readonly number[],
  partIndex: readonly number[],
): { parents: Array<number | null>; nextSiblings: Array<number | null> } {
  const parents: Array<number | null> = [];
  const nextSiblings: Array<number | null> = depths.map(() => null);
  // Headings of the current part still open, each less deep than the one above it.
  const open: number[] = [];
  depths.forEach((depth, i) => {
    if (i > 0 && partIndex[i] !== partIndex[i - 1]) open.length = 0;
    while (open.length > 0 && depths[open.at(-1)!]! >= depth) nextSiblings[open.pop()!] = i;
    parents.push(open.at(-1) ?? null);
    open.push(i);
  });
  return { parents, nextSiblings };
}

/**
 * Whether `body[from, to)` is only whitespace (as `trim` sees it), from a count of the
 * characters that are not, made on the first question: a `trim()` of each range would rescan
 * a long run of spaces once for every heading after it.
 */
function blankRanges(body: string): (from: number, to: number) => boolean {
  let before: Int32Array | null = null;
  return (from, to) => {
    if (before === null) {
      before = new Int32Array(body.length + 1);
      for (let i = 0; i < body.length; i++) before[i + 1] = before[i]! + (/\s/u.test(body[i]!) ? 0 : 1);
    }
    return to <= from || before[to] === before[from];
  };
}

/**
 * The structure of one body: its outline (every heading with depth, text and role), its
 * parts, its placeholders and its anomalies, each located by source line. Pure: the same
 * call runs at build time and in the browser.
 */
export function analyzeStructure(body: string, context: StructureContext): Structure {
  const folded = fold(body);
  const lines = lineIndex(body, context.firstLine);
  const paragraphs = paragraphsOf(body);
  const found = findHeadings(body, folded, paragraphs, lines);
  const { depths, nestedRestarts } = assignDepths(found);
  const foundParts = findParts(folded, paragraphs, found, depths);

  const lineStart = (offset: number) => lines.starts[lines.lineOf(offset) - context.firstLine]!;
  const partStarts = foundParts.map((p, k) => {
    if (k === 0) return 0;
    const at = paragraphs[p.paragraph]!.start;
    const sameLine = paragraphs[p.paragraph - 1] && lineStart(paragraphs[p.paragraph - 1]!.start) === lineStart(at);
    return sameLine ? at : lineStart(at);
  });
  const ordinals = roleOrdinals(foundParts);
  const parts: Part[] = foundParts.map((p, k) => {
    return {
      id: ordinals[k] === null ? p.role : `${p.role}-${ordinals[k]}`,
      role: p.role,
      line: lines.lineOf(paragraphs[p.paragraph]!.start),
      start: partStarts[k]!,
      end: partStarts[k + 1] ?? body.length,
      heading: p.heading,
    };
  });
  // Headings are in text order, so each part's headings come together.
  const partIndex = found.map((h) => partAt(parts, h.start));
  const { parents, nextSiblings } = treeLinks(depths, partIndex);
  const ids = headingIds(depths, parents);
  const blank = blankRanges(body);
  // A section opens at its heading's line start (with the indentation), at the paragraph start
  // when another paragraph precedes it on the line (a flattened text), or at the mark itself
  // for an item inside a paragraph.
  const sectionStart = (i: number) => {
    const h = found[i]!;
    const p = paragraphs[h.paragraph]!;
    if (!blank(p.start, h.start)) return h.start;
    const line = lineStart(p.start);
    return Math.max(blank(line, p.start) ? line : p.start, parts[partIndex[i]!]!.start);
  };
  const outline: Heading[] = found.map((h, i) => {
    const part = parts[partIndex[i]!]!;
    const next = nextSiblings[i] ?? null;
    const end = next === null ? part.end : sectionStart(next);
    return {
      id: ids[i]!,
      depth: depths[i]!,
      marker: h.marker,
      text: h.text,
      inline: h.inline,
      role: part.role,
      line: h.line,
      family: h.family,
      number: h.number,
      start: h.start,
      textStart: h.textStart,
      textEnd: h.textEnd,
      sectionEnd: end,
      parent: parents[i] ?? null,
    };
  });

  const placeholders = findPlaceholders(body, lines);
  const checked = outline.map((h, i) => ({ ...h, form: found[i]!.form, part: partIndex[i]! }));
  const restarts: Anomaly[] = nestedRestarts.map((i) => {
    const outer = outline[i - 1]!;
    return {
      kind: 'enumeration-restart',
      lines: [outline[i]!.line],
      detail: `第 ${outer.line} 行「${outer.marker}${outer.text}」条目之中又从「${outline[i]!.marker}」重新列举，已按下一层处理`,
      expected: null,
    };
  });
  const byPart: Heading[][] = parts.map(() => []);
  outline.forEach((h, i) => byPart[partIndex[i]!]!.push(h));
  const unheaded: Anomaly[] = parts.flatMap((p, k) => {
    const items = byPart[k]!;
    if (p.role !== 'plans' || p.heading !== null || items.length === 0) return [];
    return [
      {
        kind: 'unheaded-part',
        lines: [...new Set(items.map((h) => h.line))],
        detail: `下一步打算没有标题：${items.map((h) => `「${h.marker}」`).join('')}等条目直接接在上一部分之后，缺少上级标题`,
        expected: null,
      },
    ];
  });
  const anomalies: Anomaly[] = [
    placeholderAnomaly(placeholders),
    ...titleAnomalies(body, context),
    ...numberingAnomalies(checked),
    ...restarts,
    ...mixedMarkers(checked),
    ...headingPunctuation(checked),
    ...truncatedHeadings(checked),
    ...unheaded,
    ...whitespaceAnomalies(body, context.firstLine),
    ...punctuationAnomalies(body, context.firstLine),
  ];
  return { outline, parts, placeholders, anomalies };
}
