import { FAMILIES, FAMILY_SPECS, type Family } from './families.ts';

/** A heading mark found in a text. */
export interface Mark {
  family: Family;
  /** The mark's variant within its family (`（N）` vs `(N)`, `N是` vs `N要`), for mixed-mark checks. */
  form: string;
  /** The mark as written. */
  text: string;
  number: number | null;
}

/** Line-start marks of every family that has them, tried in registry order; the text is folded. */
const LINE_MARKS = FAMILIES.flatMap((family) => {
  const line = FAMILY_SPECS[family].line;
  return line ? [{ family, re: new RegExp(`^(?:${line.pattern})`, 'u') }] : [];
});

/** A character some line mark can start with: a scan for marks inside a line skips every other. */
export const LINE_MARK_START = new RegExp(`[${FAMILIES.map((f) => FAMILY_SPECS[f].line?.starts ?? '').join('')}]`, 'u');

/**
 * The line-start mark at `at` in `folded` (indentation already skipped), or null.
 * `written` is the same text unfolded, from which the mark is quoted.
 */
export function lineMarkAt(written: string, folded: string, at: number): Mark | null {
  const rest = folded.slice(at, at + 8);
  for (const { family, re } of LINE_MARKS) {
    const m = re.exec(rest);
    if (!m) continue;
    const text = written.slice(at, at + m[0].length);
    return { family, form: FAMILY_SPECS[family].form(text), text, number: FAMILY_SPECS[family].value(m[0]) };
  }
  return null;
}

/** An enumeration mark found in a paragraph, with its offset. */
export interface EnumMark extends Mark {
  at: number;
}

/** Enumeration items: the enum family's item marks. */
const ENUM_SPEC = FAMILY_SPECS.enum;
const ENUM = new RegExp(ENUM_SPEC.item!, 'gu');
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
    found.push({
      family: 'enum',
      form: ENUM_SPEC.form(m[0]),
      text: written.slice(index, index + m[0].length),
      number: ENUM_SPEC.value(m[0]),
      at: index,
    });
  }
  return found;
}
