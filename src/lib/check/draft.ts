import { ImportError } from '../import/errors.ts';
import { splitSource, type RawSample } from '../import/split.ts';

/** A draft as the importer would cut it: its notice, title lines and body, with draft line numbers. */
export interface Draft {
  raw: RawSample;
  /** How many texts the draft holds when several were pasted (only the first is checked). */
  texts: number;
  /** Why the importer could not cut the draft, when it read the whole draft as body instead. */
  problem: string | null;
}

/** The draft's text with line ends as the engine expects them: `\n` only, no BOM. */
export const normalizeDraft = (text: string): string => text.replace(/^\ufeff/u, '').replace(/\r\n?/gu, '\n');

/**
 * Cut a pasted draft the way the importer cuts a file (`splitSource`): an optional 仅供学习参考
 * notice, up to three title lines, then the body. Blank lines before the first text are
 * skipped, since a title must open the text; line numbers stay those of the draft. A draft the
 * importer refuses (a 目录 that lists other texts…) is read as a body without a title.
 */
export function cutDraft(text: string): Draft {
  const lines = normalizeDraft(text).split('\n');
  const skip = Math.max(
    0,
    lines.findIndex((l) => l.trim() !== ''),
  );
  const shift = (raw: RawSample): RawSample => ({
    ...raw,
    lines: [raw.lines[0] + skip, raw.lines[1] + skip],
    bodyStart: raw.bodyStart + skip,
  });
  try {
    const split = splitSource(lines.slice(skip).join('\n'), 'draft');
    return { raw: shift(split.samples[0]!), texts: split.samples.length, problem: null };
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    const raw: RawSample = {
      index: null,
      lines: [1, lines.length],
      sourceNote: null,
      titleLines: [],
      bodyStart: 1,
      body: lines.join('\n'),
    };
    return { raw, texts: 1, problem: `第 ${e.line + skip} 行：${e.message}` };
  }
}
