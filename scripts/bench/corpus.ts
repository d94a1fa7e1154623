import type { Sample } from '../../src/lib/content/schema.ts';
import { searchable } from '../../src/lib/search/encode.ts';
import { searchRecord, type SearchRecord } from '../../src/lib/search/records.ts';
import { entryOf, readEntries } from '../../src/build/collection.ts';
import { below, mulberry32 } from './random.ts';

export const CORPUS_SEED = 7;

/** A sample as the bench needs it: what search indexes, and what its stock HTML page shows. */
export interface BenchSample {
  sample: Sample;
  record: SearchRecord;
}

/** The collection's samples, read and analyzed as the build does. */
export const realSamples = (contentDir?: string): BenchSample[] =>
  readEntries(contentDir).map((entry) => ({ sample: entry, record: searchRecord(entry) }));

/** Paragraph lines long enough to be body text rather than a heading. */
const PARAGRAPH_MIN = 40;

/**
 * `n` synthetic samples made by recombining the seeds' paragraphs (fixed seed). Each takes a
 * seed's metadata and line skeleton — its headings stay in place — and replaces each body
 * paragraph, with probability 0.6, by a paragraph drawn from any seed (indentation kept);
 * its title lines get a number (`（第12篇）`). So samples are as long and as formulaic as the
 * seeds, and every phrase of a seed paragraph recurs across many samples.
 */
export function syntheticSamples(seeds: readonly BenchSample[], n: number, seed = CORPUS_SEED): BenchSample[] {
  const rng = mulberry32(seed);
  const pool = seeds.flatMap(({ sample }) =>
    sample.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => searchable(l).length >= PARAGRAPH_MIN),
  );
  const width = String(n).length;
  const out: BenchSample[] = [];
  for (let i = 1; i <= n; i++) {
    const base = seeds[below(rng, seeds.length)]!.sample;
    const text = base.text
      .split('\n')
      .map((line) => {
        if (searchable(line).length < PARAGRAPH_MIN || rng() >= 0.6) return line;
        const indent = /^[\s\u3000]*/u.exec(line)![0];
        return indent + pool[below(rng, pool.length)]!;
      })
      .join('\n');
    const suffix = `（第${i}篇）`;
    const titleLines = base.titleLines.length === 0 ? [] : [...base.titleLines.slice(0, -1), base.titleLines.at(-1)! + suffix];
    const sample: Sample = {
      ...base,
      id: `syn-${String(i).padStart(width, '0')}`,
      title: base.title + suffix,
      titleLines,
      text,
      chars: searchable(titleLines.join('') + text).length,
    };
    out.push({ sample, record: searchRecord(entryOf(sample)) });
  }
  return out;
}

/**
 * A sample as a source file the import CLI reads: its title lines (an inferred title is not
 * written, as it was not in the text), a blank line, its body.
 */
export const sourceText = ({ sample }: BenchSample): string =>
  `${sample.titleInferred || sample.titleLines.length === 0 ? '' : `${sample.titleLines.join('\n')}\n\n`}${sample.text}\n`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal page for stock Pagefind: the indexed article holds the title lines (when the
 * sample has them; an inferred title is shown outside it, as it is not searchable text) and
 * one paragraph per body line.
 */
export function stockPage({ sample }: BenchSample): string {
  const title = sample.titleInferred ? '' : sample.titleLines.map((l) => `<h1>${escapeHtml(l.trim())}</h1>`).join('');
  const body = sample.text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `<p>${escapeHtml(l.trim())}</p>`)
    .join('\n');
  const outside = sample.titleInferred ? `<p>${escapeHtml(sample.title)}</p>` : '';
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(sample.title)}</title></head><body>${outside}<article data-pagefind-body>${title}\n${body}</article></body></html>\n`;
}
