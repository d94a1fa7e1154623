/**
 * How many entries a guide lists of anything that grows with the collection (samples using a
 * form, places a phrase or a problem occurs): the counts beside a list stay exact, the list shows
 * the first entries and says how many more there are, so no guide page grows with the corpus.
 */
export const GUIDE_LIST_MAX = 20;

export interface Listed<T> {
  shown: T[];
  /** Entries left out. */
  more: number;
}

export const listed = <T>(items: readonly T[], max: number = GUIDE_LIST_MAX): Listed<T> => ({
  shown: items.slice(0, max),
  more: Math.max(0, items.length - max),
});
