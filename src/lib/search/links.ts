import { withBase } from '../base.ts';

/** Where a search result links to: a sample page, highlighting the phrase, at a section when one is given. */
export function sampleUrl(id: string, q: string, anchor = ''): string {
  return `${withBase(`/samples/${id}/`)}${q === '' ? '' : `?hl=${encodeURIComponent(q)}`}${anchor === '' ? '' : `#${anchor}`}`;
}

/** The search page for a phrase. */
export function searchUrl(q: string): string {
  return `${withBase('/search/')}?q=${encodeURIComponent(q)}`;
}
