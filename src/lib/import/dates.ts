import { fold } from '../structure/fold.ts';

export type Period = 'annual' | 'half-year';

/*
 * Title, headings and body are matched folded: full-width digits read as ASCII
 * (`２０２２年`) and traditional characters as simplified (`工作總結`, `一年來`).
 */

const TITLE_YEAR = /((?:19|20)\d{2})[\s\u3000]*年/u;
/** Years the body speaks of as the period it sums up: `2019年以来`, `2019年，共…`, `2019年上半年`. */
const BODY_YEAR = /((?:19|20)\d{2})年(?=以来|，|,|上半年|下半年|全年|度?工作(?:中|情况|总结))/gu;

/**
 * Records of a closed year handled now (`对全办2021年度所有档案资料进行了收集、整理`): files,
 * accounts and reviews of a year are closed in the year after it.
 */
const CLOSED_YEAR = /((?:19|20)\d{2})年度[^。；;]{0,12}(?:档案|资料|台账|决算|考核|评议)/gu;

/**
 * A line that is only the date the text was delivered or filed: `(2019年1月8日)`, `2019年1月`.
 * Matched folded. It stands between title and body; it is neither.
 */
export const DATE_LINE =
  /^[\s\u3000]*[（(]?[\s\u3000]*((?:19|20)\d{2})[\s\u3000]*年[\s\u3000]*(\d{1,2})[\s\u3000]*月(?:[\s\u3000]*\d{1,2}[\s\u3000]*日)?[\s\u3000]*[)）]?[\s\u3000]*$/u;

/** Texts dated in these months of a year look back on the year before: annual summaries are written then. */
const LOOKS_BACK_UNTIL_MONTH = 3;
const LOOKS_BACK = /一年来|过去的?一年|去年/u;

/** The date line the body opens with, if any: its year and month. */
function dateLine(body: string): { year: number; month: number } | null {
  const first = body.split('\n').find((l) => l.trim() !== '');
  const m = first === undefined ? null : DATE_LINE.exec(first);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/**
 * The year summarized: the first year in the title; else, for a text dated January–March of Y
 * that looks back on `一年来` or names Y−1, Y−1 (`inferred`); else the year the body most often
 * speaks of as its own (`inferred`); else the year of its date line (`inferred`); else the year
 * after the latest year whose records the body says were closed (`inferred`); else null, since
 * a text may simply not say.
 */
export function yearOf(title: string, body: string): { year: number | null; inferred: boolean } {
  title = fold(title);
  body = fold(body);
  const t = TITLE_YEAR.exec(title);
  if (t) return { year: Number(t[1]), inferred: false };
  const dated = dateLine(body);
  if (dated && dated.month <= LOOKS_BACK_UNTIL_MONTH && (LOOKS_BACK.test(body) || body.includes(`${dated.year - 1}年`)))
    return { year: dated.year - 1, inferred: true };
  const counts = new Map<number, number>();
  for (const m of body.matchAll(BODY_YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: [number, number] | null = null;
  for (const [year, n] of counts) if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n];
  if (best) return { year: best[0], inferred: true };
  if (dated) return { year: dated.year, inferred: true };
  const closed = [...body.matchAll(CLOSED_YEAR)].map((m) => Number(m[1]) + 1);
  return closed.length > 0 ? { year: Math.max(...closed), inferred: true } : { year: null, inferred: false };
}

const HALF = /上半年|下半年|半年/u;
const ANNUAL = /年度|全年|一年来|年终|(?:19|20)\d{2}年(?:工作)?总结/u;
/** In a title, a year and 总结 in one clause (`2018年办公室工作总结`) also say annual. */
const TITLE_ANNUAL = /年度|全年|一年来|年终|(?:19|20)\d{2}[\s\u3000]*年[^。，,；;]*总结/u;

/** Half-year when the title or a heading line says 上半年/半年; annual on annual wording; else null. */
export function periodOf(title: string, headings: readonly string[], body: string): Period | null {
  title = fold(title);
  headings = headings.map(fold);
  body = fold(body);
  if (HALF.test(title)) return 'half-year';
  if (TITLE_ANNUAL.test(title)) return 'annual';
  if (headings.some((h) => HALF.test(h))) return 'half-year';
  if (ANNUAL.test(body)) return 'annual';
  return null;
}
