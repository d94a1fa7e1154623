import type { Sample } from '../content/schema.ts';
import { charsLabel, periodLabel, yearLabel } from './labels.ts';

/** Characters of the text a sample's description quotes: about what search results and chat previews show. */
const EXCERPT_CHARS = 80;

/**
 * A sample page's `<meta name="description">` (and Open Graph description): who wrote it, the
 * year, the period and the length, then the start of its text, so a shared link shows what it says.
 */
export function sampleDescription(sample: Pick<Sample, 'organ' | 'year' | 'period' | 'chars' | 'text'>): string {
  const about = `${sample.organ ?? '办公室'}${yearLabel(sample.year)}${periodLabel(sample.period)}范文全文，${charsLabel(sample.chars)}。`;
  // Lines run on as one text, as a preview shows it; code points, so no character is cut in half.
  const text = [
    ...sample.text
      .split('\n')
      .map((l) => l.trim())
      .join(''),
  ];
  return about + (text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS).join('')}…` : text.join(''));
}
