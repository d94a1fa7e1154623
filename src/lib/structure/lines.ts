/** Line arithmetic over a body whose first line is `firstLine` of its source file. */
export interface LineIndex {
  /** Offset where each body line starts. */
  starts: number[];
  /** The 1-based source line holding an offset. */
  lineOf(offset: number): number;
  /** The offset where a body line (0-based) ends, before its `\n`. */
  endOf(index: number): number;
}

export function lineIndex(body: string, firstLine: number): LineIndex {
  const starts = [0];
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    starts,
    lineOf(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return firstLine + lo;
    },
    endOf(index) {
      return index + 1 < starts.length ? starts[index + 1]! - 1 : body.length;
    },
  };
}

/** Indentation and trailing space a paragraph may carry: ASCII space, tab, U+3000, U+00A0. */
export const SPACE = /[ \t\u3000\u00a0]/u;
export const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);
