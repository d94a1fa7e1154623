import type { Family } from './model.ts';

/** A heading mark found in a text. */
export interface Mark {
  family: Family;
  /** The mark's variant within its family (`（N）` vs `(N)`, `N是` vs `N要`), for mixed-mark checks. */
  form: string;
  /** The mark as written. */
  text: string;
  number: number | null;
}

const CN_DIGITS = '零一二三四五六七八九';

/** 一 → 1, 十二 → 12, 二十三 → 23; null when not a Chinese numeral below 100. */
export function chineseNumber(s: string): number | null {
  if (!/^[零〇一二三四五六七八九十]+$/u.test(s)) return null;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGITS.indexOf(s.replace('〇', '零')) || null : null;
  const tens = ten === 0 ? 1 : CN_DIGITS.indexOf(s.slice(0, ten));
  const ones = ten === s.length - 1 ? 0 : CN_DIGITS.indexOf(s.slice(ten + 1));
  return tens > 0 && ones >= 0 && s.length - ten <= 2 ? tens * 10 + ones : null;
}

/** 1 → 一, 12 → 十二. */
export function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return CN_DIGITS[ones]!;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

const CN = '[一二三四五六七八九十]{1,3}';
// Line-start marks, tried in order; the text is folded (full-width digits are ASCII).
// A number listed with the next one is not a mark: `3、4月份`, `一、二季度`, `一、二、三等奖`.
const LINE_MARKS: ReadonlyArray<readonly [Family, RegExp]> = [
  ['cn-paren', new RegExp(`^[（(]${CN}[）)]`, 'u')],
  ['num-paren', /^[（(]\d{1,2}[）)]/u],
  ['cn', new RegExp(`^${CN}(?:、(?!${CN}[、季月])|[.．](?!\\d))`, 'u')],
  ['num', /^\d{1,2}(?:[.．]|、)(?!\d)/u],
  ['circled', /^[①-⑳]/u],
  ['dash', /^——(?!—)/u],
];

const CIRCLED_ONE = '①'.charCodeAt(0);

function markOf(family: Family, written: string, folded: string): Mark {
  const digits = /\d+/u.exec(folded)?.[0];
  const cn = /[一二三四五六七八九十]+/u.exec(folded)?.[0];
  const number =
    family === 'circled' ? folded.charCodeAt(0) - CIRCLED_ONE + 1
    : family === 'dash' ? null
    : digits !== undefined ? Number(digits)
    : cn !== undefined ? chineseNumber(cn)
    : null;
  return { family, form: formOf(family, written), text: written, number };
}

/**
 * The line-start mark at `at` in `folded` (indentation already skipped), or null.
 * `written` is the same text unfolded, from which the mark is quoted.
 */
export function lineMarkAt(written: string, folded: string, at: number): Mark | null {
  const rest = folded.slice(at, at + 8);
  for (const [family, re] of LINE_MARKS) {
    const m = re.exec(rest);
    if (m) return markOf(family, written.slice(at, at + m[0].length), m[0]);
  }
  return null;
}

/** A line break inside a word of a hard-wrapped paragraph (`三\n是`), with the next line's indentation. */
const BR = '(?:\\n[ \\t\\u3000\\u00a0]*)?';
const spread = (word: string) => [...word].join(BR);
/** Ordinal words that open an enumeration item: 一是 … 十是, 一要 …, 首先是, 其次…, 最后…. */
const ENUM = new RegExp(
  `(?:十${BR}[一二三四五六七八九]?|[一二三四五六七八九])${BR}[是要]|(?:${['首先', '其次', '再次', '最后'].map(spread).join('|')})${BR}(?:是|[，,])`,
  'gu',
);
/** A mark as a reader sees it: without the line breaks of a hard-wrapped text. */
const unbroken = (s: string) => s.replace(/\n[ \t\u3000\u00a0]*/gu, '');
const SEQUENCE_WORDS: Record<string, number | null> = { 首先: 1, 其次: 2, 再次: 3, 最后: null };

/**
 * A mark's variant within its family, the number written as N: `（N）` vs `(N)`, `N.` vs
 * `N、`, `N是` vs `N要`, `首先是` vs `首先，` (a sequence word's variant is named by 首先).
 * Exported so that checks over a finished outline read marks as the engine does.
 */
export function formOf(family: Family, mark: string): string {
  if (family === 'enum') {
    const whole = unbroken(mark);
    if (whole.slice(0, 2) in SEQUENCE_WORDS) return whole.endsWith('是') ? '首先是' : '首先，';
    return `N${whole.slice(-1)}`;
  }
  return mark.replace(/[一二三四五六七八九十]+|\d+|[０-９]+/u, 'N').replace(/[①-⑳]/u, 'N');
}

/** An enumeration mark found in a paragraph, with its offset. */
export interface EnumMark extends Mark {
  at: number;
}

/** Characters after which an enumeration item may begin: a sentence or clause end. */
const ITEM_BEFORE = /[。；;：:！？!?]/u;

/**
 * Enumeration items in `folded[from, to)`: an ordinal word at the paragraph start or right
 * after a sentence or clause end (`。一是`, `；二是`, `即一是`), never inside a word
 * (`第一要务`, `统一是`, `最后一公里`).
 */
export function enumerationMarks(written: string, folded: string, from: number, to: number): EnumMark[] {
  const found: EnumMark[] = [];
  // Searched in the range alone: a search of the whole text from `from` would run on to its
  // end whenever the range holds no more items, once for every paragraph. An item running
  // past `to` is none, and no shorter item hides in its first characters.
  const range = folded.slice(from, to);
  ENUM.lastIndex = 0;
  for (let m = ENUM.exec(range); m; m = ENUM.exec(range)) {
    const index = from + m.index;
    // Line breaks count as space: a hard-wrapped paragraph may break right before an item.
    let b = index - 1;
    while (b >= from && /[ \t\u3000\u00a0\r\n]/u.test(folded[b]!)) b--;
    if (b >= from && folded[b] === '即') {
      b--;
      while (b >= from && /[ \t\u3000\u00a0\r\n]/u.test(folded[b]!)) b--;
    }
    if (b >= from && !ITEM_BEFORE.test(folded[b]!)) continue;
    const whole = unbroken(m[0]);
    const word = whole.slice(0, 2);
    const seq = word in SEQUENCE_WORDS;
    const number = seq ? SEQUENCE_WORDS[word]! : chineseNumber(whole.slice(0, -1));
    found.push({ family: 'enum', form: formOf('enum', m[0]), text: written.slice(index, index + m[0].length), number, at: index });
  }
  return found;
}
