import { fold } from './fold.ts';

/**
 * The registry of heading-mark families. Every mark of one family sits at one depth in a
 * document. This is the one place a family is described: the line marks (markers.ts), the
 * flattened-text cutter (paragraphs.ts), the numbering checks and renumbering, the Zod schema
 * (model.ts) and the guides all read it, so a new family is one more entry. No Zod here:
 * browser code reads marks without bundling it.
 */

/** How a family writes its numbers. */
export interface Numeral {
  /** Body of a regex character class of its digits, in folded text (`一二三四五六七八九十`, `0-9`). */
  digits: string;
  /** The value of a run of digits; null when the run is no number (`一一`). */
  parse(s: string): number | null;
  format(n: number): string;
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

export const CHINESE: Numeral = { digits: '一二三四五六七八九十', parse: chineseNumber, format: chineseNumeral };
export const ARABIC: Numeral = { digits: '0-9', parse: Number, format: String };

/** Unicode's circled numbers come in three runs: ①…⑳, ㉑…㉟, ㊱…㊿ (first value, first and last code point). */
const CIRCLED_RUNS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 0x2460, 0x2473],
  [21, 0x3251, 0x325f],
  [36, 0x32b1, 0x32bf],
];

export const CIRCLED: Numeral = {
  digits: '①-⑳㉑-㉟㊱-㊿',
  parse(s) {
    const code = s.length === 1 ? s.charCodeAt(0) : -1;
    const run = CIRCLED_RUNS.find(([, from, to]) => code >= from && code <= to);
    return run ? run[0] + code - run[1] : null;
  },
  // Beyond ㊿ there is no circled number: the plain figure is the honest fallback.
  format(n) {
    const run = CIRCLED_RUNS.findLast(([first]) => n >= first);
    return run && n - run[0] <= run[2] - run[1] ? String.fromCharCode(run[1] + n - run[0]) : String(n);
  },
};

/** One mark family: how its marks are written and found, and which checks apply to them. */
export interface FamilySpec {
  /** How readers know the family: its first mark in its usual form, or what its headings are. */
  label: string;
  /**
   * A mark opening a paragraph: regex source matched on the folded text at the paragraph's
   * start, and the body of a character class of every character such a mark can start with
   * (a scan for marks inside a line skips all others). Null for a family found elsewhere.
   */
  line: { pattern: string; starts: string } | null;
  /** An item mark inside a paragraph (`一是`): regex source on the folded text, where a sentence may start. */
  item: string | null;
  /** Its numbers run 1, 2, 3 among siblings: the numbering checks and renumbering apply, and a flattened text is cut only where a mark continues its sequence. */
  sequenced: boolean;
  /** Heads a text's top level: in a line holding a whole flattened document its marks start a piece only after a sentence end, and such a line is cut only when it has one. */
  top: boolean;
  /** The ordinal a mark (folded) carries: `（12）` → 12; null when it carries none (`——`, `最后`). */
  value(mark: string): number | null;
  /** The mark's variant within its family, its number written as N: `（N）` vs `(N)`, `N.` vs `N、`. */
  form(mark: string): string;
  /** The mark of a form with the number `n`, in the family's numerals: (`（N）`, 12) → `（十二）`. */
  format(form: string, n: number): string;
}

type Described = Pick<FamilySpec, 'label' | 'sequenced'> & Partial<FamilySpec> & { numeral: Numeral | null };

/** A family entry: value, form and format default to reading and writing its numeral (none for `——`) in place of N. */
export function family({ numeral, ...described }: Described): FamilySpec {
  const run = numeral && new RegExp(`[${numeral.digits}]+`, 'u');
  return {
    line: null,
    item: null,
    top: false,
    value: (mark) => {
      const m = run?.exec(mark);
      return m && numeral ? numeral.parse(m[0]) : null;
    },
    // Matched folded (`１．` is `N．`), replaced in the mark as written.
    form: (mark) => {
      const m = run?.exec(fold(mark));
      return m ? `${mark.slice(0, m.index)}N${mark.slice(m.index + m[0].length)}` : mark;
    },
    format: (form, n) => (numeral ? form.replace('N', numeral.format(n)) : form),
    ...described,
  };
}

/** Ordinal words that open items in order; 最后 carries no number and closes a list of any length. */
const ORDINAL_WORDS = ['首先', '其次', '再次'];
const LAST_WORD = '最后';

/** A form named by ordinal words (`首先是`, `首先，`) rather than numerals: its 最后 belongs to the sequence though it has no number. */
export function isWordForm(form: string): boolean {
  return form.startsWith(ORDINAL_WORDS[0]!);
}

/** A line break inside a word of a hard-wrapped paragraph (`三\n是`), with the next line's indentation. */
const BR = '(?:\\n[ \\t\\u3000\\u00a0]*)?';
const spread = (word: string) => [...word].join(BR);
/** A mark as a reader sees it: without the line breaks of a hard-wrapped text. */
const unbroken = (s: string) => s.replace(/\n[ \t\u3000\u00a0]*/gu, '');
const CN = `[${CHINESE.digits}]{1,3}`;

/**
 * Every family, in the order the guides list them. Line patterns are disjoint (no text opens
 * with marks of two families), so the order in which they are tried does not matter.
 */
export const FAMILY_SPECS = {
  // A number listed with the next one is not a mark: `一、二季度`, `一、二、三等奖`.
  cn: family({
    label: '一、',
    numeral: CHINESE,
    line: { pattern: `${CN}(?:、(?!${CN}[、季月])|[.．](?![0-9]))`, starts: CHINESE.digits },
    sequenced: true,
    top: true,
  }),
  'cn-paren': family({ label: '（一）', numeral: CHINESE, line: { pattern: `[（(]${CN}[）)]`, starts: '（(' }, sequenced: true }),
  // `3、4月份` and `1.5万` are figures, not marks.
  num: family({
    label: '1.',
    numeral: ARABIC,
    line: { pattern: '[0-9]{1,2}(?:[.．]|、)(?![0-9])', starts: ARABIC.digits },
    sequenced: true,
  }),
  'num-paren': family({ label: '（1）', numeral: ARABIC, line: { pattern: '[（(][0-9]{1,2}[）)]', starts: '（(' }, sequenced: true }),
  circled: family({ label: '①', numeral: CIRCLED, line: { pattern: `[${CIRCLED.digits}]`, starts: CIRCLED.digits }, sequenced: true }),
  // Ordinal words that open an enumeration item: 一是 … 九十九是, 一要 …, 首先是, 其次，…, 最后….
  enum: family({
    label: '一是',
    numeral: CHINESE,
    item: `(?:(?:[二三四五六七八九]${BR})?十${BR}[一二三四五六七八九]?|[一二三四五六七八九])${BR}[是要]|(?:${[...ORDINAL_WORDS, LAST_WORD].map(spread).join('|')})${BR}(?:是|[，,])`,
    sequenced: true,
    value: (mark) => {
      const whole = unbroken(mark);
      const word = whole.slice(0, 2);
      if (word === LAST_WORD) return null;
      return ORDINAL_WORDS.includes(word) ? ORDINAL_WORDS.indexOf(word) + 1 : chineseNumber(whole.slice(0, -1));
    },
    // A word sequence's variant is named by its first word, 首先.
    form: (mark) => {
      const whole = unbroken(mark);
      const word = whole.slice(0, 2);
      if (word === LAST_WORD || ORDINAL_WORDS.includes(word)) return `${ORDINAL_WORDS[0]}${whole.endsWith('是') ? '是' : '，'}`;
      return `N${whole.slice(-1)}`;
    },
    format: (form, n) => (isWordForm(form) ? `${ORDINAL_WORDS[n - 1] ?? LAST_WORD}${form.slice(2)}` : form.replace('N', chineseNumeral(n))),
  }),
  dash: family({ label: '——', numeral: null, line: { pattern: '——(?!—)', starts: '—' }, sequenced: false, top: true }),
  plain: family({ label: '无序号标题', numeral: null, sequenced: false }),
} satisfies Record<string, FamilySpec>;

export type Family = keyof typeof FAMILY_SPECS;
export const FAMILIES = Object.keys(FAMILY_SPECS) as [Family, ...Family[]];
