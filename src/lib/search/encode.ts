/**
 * How text becomes Pagefind words, at index time and at query time alike, so the two
 * never disagree (stock Pagefind segments Chinese with jieba when indexing and with
 * Intl.Segmenter when searching, and misses phrases where they differ).
 *
 * The searchable text is the sample's text with all whitespace removed. Each position
 * of it becomes one word: the NGRAM characters starting there (fewer at the very end).
 * A phrase of NGRAM or more characters is then a run of overlapping n-grams at
 * consecutive positions, which Pagefind's exact (quoted) search checks, so the index
 * answers exactly, not approximately. A shorter phrase would be a prefix of words, but
 * Pagefind loads only one index chunk per query word, and a prefix's words can span
 * several chunks once the corpus is large; so a shorter phrase is not looked up in the
 * index: the page checks every sample's text for it instead (`phraseQuery` says which).
 *
 * Pagefind drops punctuation, lowercases, strips diacritics and splits words with
 * non-alphanumeric characters, so every character that such a step would change, and every
 * ASCII letter, is written in ASCII lowercase: the most common ones (，。、“” …, x, X) as one
 * letter, any other as `q` and its code point in four base-36 digits. Kept characters
 * (Chinese, digits) never start with an ASCII letter, so the code is prefix-free and every
 * word stays alphanumeric; one letter instead of a longer escape keeps the index and the
 * fragments small, since punctuation is about one character in ten.
 */

// Bigrams rather than trigrams: a sample's fragment (which holds its words) is a quarter
// smaller, and fragments are most of what a query downloads once a batch of results is shown.
export const NGRAM = 2;

/** The language records are indexed under, "no linguistic content": Pagefind neither segments nor stems it. */
export const INDEX_LANGUAGE = 'zxx';

/** One-letter codes: each letter stands for the character after it. `q` starts a long code. */
const SHORT = 'a，b。c、d“e”f；g：h（i）j《k》l！m？n—o…p%rxsXt.u-v/w·x*y〔z〕';
const LONG = 'q';
const LONG_DIGITS = 4;
// Pure expressions, so a bundle that needs only `searchable` (the sample page's highlight) leaves the tables out.
const PAIRS = /* @__PURE__ */ SHORT.match(/../g)!;
const LETTER_OF = /* @__PURE__ */ new Map(/* @__PURE__ */ PAIRS.map((p) => [p[1]!, p[0]!]));
const ALNUM = /^[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]$/u;
const ASCII_LETTER = /^[A-Za-z]$/;
const WHITESPACE = /[\s\uFEFF\u200B]+/gu;

/** Whether Pagefind keeps the character as it is, at index time and in a query. */
function isStable(c: string): boolean {
  return ALNUM.test(c) && !ASCII_LETTER.test(c) && c.normalize('NFD') === c && c.toLowerCase() === c && c.toLocaleLowerCase() === c;
}

/** Codes by character: a text repeats few distinct characters, and `isStable` is slow (Unicode tests). */
const CODE_OF = /* @__PURE__ */ new Map<string, string>();

export function encodeChar(c: string): string {
  let code = CODE_OF.get(c);
  if (code === undefined) {
    code = LETTER_OF.get(c) ?? (isStable(c) ? c : LONG + c.codePointAt(0)!.toString(36).padStart(LONG_DIGITS, '0'));
    CODE_OF.set(c, code);
  }
  return code;
}

/** The text as search sees it: every whitespace character removed (lines joined). */
export function searchable(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** The words of a searchable text, one per character position. */
export function indexWords(text: string): string[] {
  const codes = Array.from(text, encodeChar);
  return codes.map((_, i) => codes.slice(i, i + NGRAM).join(''));
}

/**
 * How to search for a phrase: an exact Pagefind query (`index`), or a check of every
 * sample's text (`scan`) for a phrase shorter than NGRAM; null when the phrase is empty
 * once whitespace is removed.
 */
export function phraseQuery(phrase: string): { kind: 'index'; term: string } | { kind: 'scan' } | null {
  const words = indexWords(searchable(phrase));
  if (words.length === 0) return null;
  if (words.length < NGRAM) return { kind: 'scan' };
  // Full n-grams only: the trailing shorter words are implied by the last full one.
  return { kind: 'index', term: `"${words.slice(0, words.length - NGRAM + 1).join(' ')}"` };
}
