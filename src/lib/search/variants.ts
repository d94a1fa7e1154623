/**
 * Other ways to write a query that search, being literal, treats as different text: quotes typed
 * around the phrase, letter case (`xx`, `XX`) and half- or full-width letters, digits and
 * punctuation (`２０１９` and `2019`, `(一)` and `（一）`). The search page counts each variant and
 * offers those that find more, so a typing habit never ends in a silent zero.
 */

/** Quote pairs readers type around a phrase: ASCII, Chinese, corner brackets, full-width ASCII. */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['＂', '＂'],
  ['＇', '＇'],
];

/** At most this many variants, nearest first: each costs the page one index query. */
export const MAX_VARIANTS = 12;

/** Half-width and full-width ASCII forms are 0xFEE0 apart (`A` U+0041, `Ａ` U+FF21). */
const WIDTH_OFFSET = 0xfee0;
const ALNUM = /[0-9A-Za-z]/;
const FULL_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/;
/** Full-width forms of quotes are never what a Chinese text uses: quotes have their own variants. */
const QUOTES = /["'＂＇]/;

const shift = (c: string, by: number) => String.fromCodePoint(c.codePointAt(0)! + by);

/** Every full-width ASCII form (`Ａ１（`) written half-width. */
export function halfWidth(text: string): string {
  return text.replace(/[！-～]/gu, (c) => (QUOTES.test(c) ? c : shift(c, -WIDTH_OFFSET)));
}

/** Every printable ASCII character but quotes and the space written full-width. */
export function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => (QUOTES.test(c) ? c : shift(c, WIDTH_OFFSET)));
}

/** As Chinese official texts write: letters and digits half-width, punctuation full-width (`（1）`). */
export function customaryWidth(text: string): string {
  return text.replace(/[!-~！-～]/gu, (c) => {
    if (QUOTES.test(c)) return c;
    const half = c.codePointAt(0)! >= 0xff01 ? shift(c, -WIDTH_OFFSET) : c;
    return ALNUM.test(half) ? half : shift(half, WIDTH_OFFSET);
  });
}

/** The phrase inside quotes typed around it, or null when it is not quoted. */
export function unquoted(text: string): string | null {
  for (const [open, close] of QUOTE_PAIRS) {
    if (text.length > open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
      const inner = text.slice(open.length, text.length - close.length);
      if (inner.trim() !== '') return inner;
    }
  }
  return null;
}

/** Quotes as Chinese texts write them: ASCII and corner-bracket pairs become “” and ‘’. */
export function curlyQuotes(text: string): string {
  return text
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/＂([^＂]*)＂/g, '“$1”')
    .replace(/「([^」]*)」/g, '“$1”')
    .replace(/『([^』]*)』/g, '‘$1’');
}

/**
 * Variants of a query, nearest first (one change before two), without the query itself and
 * without duplicates, at most MAX_VARIANTS. Empty for a query with nothing to vary.
 */
export function queryVariants(query: string): string[] {
  const q = query.trim();
  if (q === '') return [];
  const inner = unquoted(q);
  const quoteForms = inner === null ? [q, curlyQuotes(q)] : [q, inner, `“${inner}”`, curlyQuotes(q)];
  const widthForms = (s: string) => [s, customaryWidth(s), halfWidth(s), fullWidth(s)];
  const caseForms = (s: string) => (ALNUM.test(s) || FULL_ALNUM.test(s) ? [s, s.toUpperCase(), s.toLowerCase()] : [s]);
  // Ranked by how many of the three kinds of change a variant makes, so the nearest come first.
  const ranked: { text: string; changes: number }[] = [];
  for (const [qi, a] of quoteForms.entries())
    for (const [wi, b] of widthForms(a).entries())
      for (const [ci, c] of caseForms(b).entries()) ranked.push({ text: c, changes: Number(qi > 0) + Number(wi > 0) + Number(ci > 0) });
  const seen = new Set([q]);
  const out: string[] = [];
  for (const { text } of ranked.sort((x, y) => x.changes - y.changes)) {
    if (seen.has(text) || text.trim() === '') continue;
    seen.add(text);
    out.push(text);
  }
  return out.slice(0, MAX_VARIANTS);
}
