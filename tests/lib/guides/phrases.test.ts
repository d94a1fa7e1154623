import { describe, expect, it } from 'vitest';
import { phraseStats } from '../../../src/lib/guides/phrases.ts';
import { searchable } from '../../../src/lib/search/encode.ts';
import { occurrences } from '../../../src/lib/search/matches.ts';
import { searchRecord } from '../../../src/lib/search/records.ts';
import { committedEntries } from '../../committed.ts';
import { realSamples, syntheticSamples } from '../../../scripts/bench/corpus.ts';
import { entryOf } from '../../../src/build/collection.ts';
import { GUIDE_LIST_MAX } from '../../../src/lib/guides/listed.ts';

const entries = committedEntries();
const records = entries.map((e) => searchRecord(e));
// Phrases drawn from the texts themselves: a heading's first characters, and a run across a line break.
const phrases = [
  ...entries.flatMap((e) => e.structure.outline.slice(0, 2).map((h) => h.text.slice(0, 4))),
  ...entries.map((e) => searchable(e.text).slice(40, 46)),
].filter((p) => p.length > 1);

describe('phraseStats', () => {
  it.each(phrases)('“%s” counts what the search index text holds, sample by sample', (phrase) => {
    const stats = phraseStats(entries, phrase);
    const truth = records.map((r) => ({ id: r.meta.id, n: occurrences(r.text, phrase).length })).filter((x) => x.n > 0);
    expect(stats.samples).toBe(truth.length);
    expect(stats.occurrences).toBe(truth.reduce((n, x) => n + x.n, 0));
    expect(stats.hits.map((h) => [h.id, h.occurrences])).toEqual(truth.map((x) => [x.id, x.n]));
    expect(stats.searchHref).toBe(`/search/?q=${encodeURIComponent(phrase)}`);
  });

  it.each(phrases)('“%s” links every section it occurs in, as the search page does, and the sections add up', (phrase) => {
    for (const hit of phraseStats(entries, phrase).hits) {
      expect(hit.sections.reduce((n, s) => n + s.count, 0)).toBe(hit.occurrences);
      for (const s of hit.sections)
        expect(s.href).toMatch(
          new RegExp(`^/samples/${hit.id}/\\?hl=${encodeURIComponent(phrase).replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')}(#[a-z0-9-]+)?$`),
        );
    }
  });

  it('finds nothing for a phrase no sample has', () => {
    const stats = phraseStats(entries, '这句话不会出现在任何范文里');
    expect(stats).toMatchObject({ occurrences: 0, samples: 0, hits: [], top: { shown: [], more: 0 } });
  });

  it(`lists at most ${GUIDE_LIST_MAX} samples in a large collection, where the phrase occurs most, and counts the rest`, () => {
    const many = syntheticSamples(realSamples(), 120).map(({ sample }) => entryOf(sample));
    const stats = phraseStats(many, '办公室');
    expect(stats.samples).toBeGreaterThan(GUIDE_LIST_MAX);
    expect(stats.top.shown).toHaveLength(GUIDE_LIST_MAX);
    expect(stats.top.more).toBe(stats.samples - GUIDE_LIST_MAX);
    const least = Math.min(...stats.top.shown.map((h) => h.occurrences));
    expect(stats.hits.filter((h) => !stats.top.shown.includes(h)).every((h) => h.occurrences <= least)).toBe(true);
  }, 60_000);
});
