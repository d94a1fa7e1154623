import { GROUP_LABELS, levelFromBody, type Level } from '../offices.ts';
import { assignDepths } from './depth.ts';
import { fold } from './fold.ts';
import { findHeadings } from './headings.ts';
import { headingPunctuation, mixedMarkers, truncatedHeadings } from './headingChecks.ts';
import { lineIndex } from './lines.ts';
import { numberingAnomalies } from './numbering.ts';
import { paragraphsOf } from './paragraphs.ts';
import { roleOrdinals } from './partRoles.ts';
import { findParts } from './parts.ts';
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
  if (context.title === null)
    return [{ kind: 'missing-title', lines: [], detail: '原文没有标题行，标题由正文推断', expected: null }];
  const stated = context.title.level;
  const spoken = levelFromBody(body)?.level ?? null;
  if (stated === null || spoken === null || stated === spoken) return [];
  return [{
    kind: 'title-body-mismatch',
    lines: [context.firstLine - 1],
    detail: `标题「${context.title.text}」写的是${GROUP_LABELS[stated]}，正文却以${GROUP_LABELS[spoken]}的口吻自称`,
    expected: null,
  }];
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
  const partOf = (offset: number) => {
    let k = 0;
    while (k + 1 < parts.length && parts[k + 1]!.start <= offset) k++;
    return k;
  };

  const partIndex = found.map((h) => partOf(h.start));
  const parents = found.map((h, i) => {
    for (let j = i - 1; j >= 0; j--) {
      if (partIndex[j] !== partIndex[i]) return null;
      if (depths[j]! < depths[i]!) return j;
    }
    return null;
  });
  const ids = headingIds(depths, parents);
  // A section opens at its heading's line start (with the indentation), at the paragraph start
  // when another paragraph precedes it on the line (a flattened text), or at the mark itself
  // for an item inside a paragraph.
  const sectionStart = (i: number) => {
    const h = found[i]!;
    const p = paragraphs[h.paragraph]!;
    if (body.slice(p.start, h.start).trim() !== '') return h.start;
    const line = lineStart(p.start);
    return Math.max(body.slice(line, p.start).trim() === '' ? line : p.start, parts[partIndex[i]!]!.start);
  };
  const outline: Heading[] = found.map((h, i) => {
    const part = parts[partIndex[i]!]!;
    let end = part.end;
    for (let j = i + 1; j < found.length && partIndex[j] === partIndex[i]; j++) {
      if (depths[j]! <= depths[i]!) {
        end = sectionStart(j);
        break;
      }
    }
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
  const unheaded: Anomaly[] = parts.flatMap((p, k) => {
    const items = outline.filter((_, i) => partIndex[i] === k);
    if (p.role !== 'plans' || p.heading !== null || items.length === 0) return [];
    return [{
      kind: 'unheaded-part',
      lines: [...new Set(items.map((h) => h.line))],
      detail: `下一步打算没有标题：${items.map((h) => `「${h.marker}」`).join('')}等条目直接接在上一部分之后，缺少上级标题`,
      expected: null,
    }];
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
