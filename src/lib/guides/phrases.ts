import type { SampleEntry } from '../content/schema.ts';
import { sampleUrl, searchUrl } from '../search/links.ts';
import { occurrences, sampleHits } from '../search/matches.ts';
import { searchMeta, searchText } from '../search/records.ts';
import { byId } from '../content/order.ts';
import { listed, type Listed } from './listed.ts';

/** Where a phrase occurs in one section of a sample, linked as the search page links it. */
export interface PhraseSection {
  label: string;
  count: number;
  href: string;
}

/** A phrase across the collection, counted as `/search/?q=` counts it. */
export interface PhraseStats {
  phrase: string;
  occurrences: number;
  samples: number;
  searchHref: string;
  /** Every sample it occurs in, in collection order, with every section it occurs in. */
  hits: PhraseHit[];
  /** The samples a guide lists: those where it occurs most (then in collection order); the search page lists every one. */
  top: Listed<PhraseHit>;
}

export interface PhraseHit {
  id: string;
  title: string;
  occurrences: number;
  sections: PhraseSection[];
}

type Entry = Pick<
  SampleEntry,
  'id' | 'title' | 'titleLines' | 'titleInferred' | 'level' | 'perspective' | 'organ' | 'year' | 'period' | 'genre' | 'text' | 'structure'
>;

/**
 * A phrase's occurrences in the samples' searchable text (title lines and body, whitespace removed),
 * with the engine's `occurrences` and the search page's grouping by section: the same numbers and links.
 */
export function phraseStats(entries: readonly Entry[], phrase: string): PhraseStats {
  const hits: PhraseHit[] = [];
  for (const entry of byId(entries)) {
    const text = searchText(entry);
    if (occurrences(text, phrase).length === 0) continue;
    const found = sampleHits(searchMeta(entry), text, phrase);
    hits.push({
      id: entry.id,
      title: entry.title,
      occurrences: found.occurrences,
      sections: found.sections.map((s) => ({
        label: s.section.label,
        count: s.count,
        href: sampleUrl(entry.id, phrase, s.section.anchor),
      })),
    });
  }
  return {
    phrase,
    occurrences: hits.reduce((n, h) => n + h.occurrences, 0),
    samples: hits.length,
    searchHref: searchUrl(phrase),
    hits,
    // A stable sort: equal counts keep collection order.
    top: listed([...hits].sort((a, b) => b.occurrences - a.occurrences)),
  };
}
