import type { Sample } from '../content/schema.ts';

/** A line of source text to render on its own, with its 1-based line number in the source file. */
export interface SourceLine {
  line: number;
  text: string;
}

/**
 * The non-blank lines of a text that starts at source line `firstLine`. Leading and
 * trailing whitespace (spaces, U+3000, tabs) is only indentation, so it is removed for display.
 */
export function sourceLines(text: string, firstLine: number): SourceLine[] {
  return text.split('\n').flatMap((raw, i) => {
    const shown = raw.trim();
    return shown === '' ? [] : [{ line: firstLine + i, text: shown }];
  });
}

/** A sample's title lines as in the source: they follow the notice line when there is one. */
export function titleSourceLines(
  sample: Pick<Sample, 'titleLines' | 'sourceNote'> & { source: Pick<Sample['source'], 'lines'> },
): SourceLine[] {
  return sourceLines(sample.titleLines.join('\n'), sample.source.lines[0] + (sample.sourceNote === null ? 0 : 1));
}
