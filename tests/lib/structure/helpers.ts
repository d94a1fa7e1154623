import { analyzeStructure } from '../../../src/lib/structure/analyze.ts';
import type { Structure } from '../../../src/lib/structure/model.ts';

/** The structure of a small body that starts on line 1 and has a title. */
export function structure(body: string, title: string | null = 'XX县政府办公室2020年工作总结'): Structure {
  return analyzeStructure(body, { firstLine: 1, title: title === null ? null : { text: title, level: null } });
}

/** The outline as `marker+text@depth` strings, for compact expectations. */
export const outlineOf = (s: Structure) => s.outline.map((h) => `${h.marker}${h.text}@${h.depth}${h.inline ? 'i' : ''}`);

export const kindsOf = (s: Structure) => s.anomalies.map((a) => a.kind);
