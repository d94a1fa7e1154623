/**
 * Lines that head a top-level part: `一、…` (any depth-1 style number), or a short
 * unnumbered line with no sentence punctuation (`2020年的工作计划`). Enough for metadata;
 * the structure engine builds the full outline.
 */
const TOP_NUMBERED = /^[\s\u3000]*[一二三四五六七八九十]+[、.．]/u;
/** Marks of lower levels and list items: such a line is never an unnumbered heading. */
const OTHER_NUMBERED = /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d０-９]+[)）]|[0-9０-９]+[.．、]|[①-⑳])/u;

export interface HeadingLine {
  line: number;
  text: string;
}

export function topHeadingLines(body: string, firstLine: number): HeadingLine[] {
  return body.split('\n').flatMap((raw, i) => {
    const text = raw.trim();
    const short = [...text].length <= 24 && !/[。，,；;：:！？]/u.test(text) && text.length > 0 && !OTHER_NUMBERED.test(text);
    return TOP_NUMBERED.test(raw) || short ? [{ line: firstLine + i, text }] : [];
  });
}
