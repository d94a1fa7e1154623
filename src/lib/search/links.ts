import { withBase } from '../base.ts';
import type { SampleHits } from './matches.ts';

/** Where a search result links to: a sample page, highlighting the phrase, at a section when one is given. */
export function sampleUrl(id: string, q: string, anchor = ''): string {
  return `${withBase(`/samples/${id}/`)}${q === '' ? '' : `?hl=${encodeURIComponent(q)}`}${anchor === '' ? '' : `#${anchor}`}`;
}

/**
 * Where a result's title links to: the section of its first listed match (the first one a role
 * filter lets through), so the title lands on a match as the excerpts' links do; the sample's top
 * when nothing is matched (a listing by filters only).
 */
export function resultUrl(id: string, q: string, hits: Pick<SampleHits, 'sections'> | null): string {
  return sampleUrl(id, q, hits?.sections[0]?.section.anchor ?? '');
}

/** The search page for a phrase. */
export function searchUrl(q: string): string {
  return `${withBase('/search/')}?q=${encodeURIComponent(q)}`;
}
