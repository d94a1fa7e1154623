import { COMMITTEE_OFFICE, levelFromBody, NAMES_LEVEL, OFFICE_NAME } from '../offices.ts';
import { fold } from '../structure/fold.ts';

/**
 * Organ names are matched on the folded text (traditional characters and full-width digits
 * read as simplified and ASCII: `縣政府辦公室`, `２０２０年`) and quoted from the text as
 * written, offset for offset.
 */

/** A person's role named after the organ in a title, e.g. `市党委办主任`. */
const ROLE = /(副?主任|秘书长|秘书|副?科长|主任科员|科员|干事|文秘)$/u;

export interface Organ {
  /** Short name as readers say it: `市政府办`, `街道党务办`. */
  short: string;
  /** Long form used to construct a missing title: `街道党政综合办公室`. */
  long: string;
  role: string | null;
}

/** `X办公室` → `X办`, the short form titles use; `局办公室` stays as it is said. */
export function shortOrganName(name: string): string {
  return /[^局]办公室$/u.test(fold(name)) ? name.slice(0, -2) : name;
}

/** `name` without a person's role at its end: [unit, role], both as written. */
function splitRole(name: string): [string, string | null] {
  const m = ROLE.exec(fold(name));
  return m ? [name.slice(0, -m[1]!.length), name.slice(-m[1]!.length)] : [name, null];
}

/**
 * Where the unit's name ends in a title: the year (also a template's `20XX年`, whose placeholder
 * digits must not end up in the name), the half-year, 年度 or 工作总结.
 */
const TITLE_PERIOD = /^(.*?)(?:(?:19|20)[\dXx×*]{2}[\s\u3000]*年|上半年|下半年|年度|工作总结)/u;

/** What an organ name holds: a parenthesis without it is a site's remark (`（精选）`, `(范文)`, `（2篇）`). */
const ORGAN_WORD = /办|室|局|委|府|处/u;

/** A title's year and period words before the unit (`2024年县委办公室…`, `2021年度…`): skipped to find it. */
const LEADING_PERIOD = /^(?:(?:19|20)[\dXx×*]{2}[\s\u3000]*年度?|上半年|下半年)+/u;

/** The organ in a title: the parenthesised `（县委办秘书）` or the unit before the period (in the subtitle, when there is one). */
export function organFromTitle(title: string): Organ | null {
  const folded = fold(title);
  const paren = /[（(]([^（()）]+)[)）][\s\u3000]*$/u.exec(folded);
  if (paren) {
    const inner = title.slice(paren.index + 1, paren.index + 1 + paren[1]!.length).trim();
    const [name, role] = splitRole(inner);
    if (ORGAN_WORD.test(fold(name)) || role !== null) return name ? { short: name, long: name, role } : null;
    // A remark, not an organ: the organ is named before it, if at all.
    return organFromTitle(title.slice(0, paren.index));
  }
  // Under a headline, the unit is named in the `——` subtitle.
  const dash = folded.lastIndexOf('——');
  let from = dash >= 0 ? dash + 2 : 0;
  from += LEADING_PERIOD.exec(folded.slice(from))?.[0].length ?? 0;
  const lead = TITLE_PERIOD.exec(folded.slice(from));
  const name = lead ? title.slice(from, from + lead[1]!.length).replace(/[X×xＸ*＊\s\u3000]+/gu, '') : '';
  // A speech's occasion (`在全县办公室系统…会议上的讲话`) names no author.
  if (name.length < 2 || !ORGAN_WORD.test(fold(name)) || name.startsWith('在')) return null;
  const [unit, role] = splitRole(name);
  return { short: shortOrganName(unit), long: unit, role };
}

/**
 * The organ a body names itself by (`XX街道党务办`, `*街道办事处党政综合办公室`), without
 * placeholders or 办事处; when it names no level, the level word the body speaks of as its own.
 * Failing those, a party committee's office named by its territory (`区委办公室`).
 */
export function organFromBody(body: string): Organ | null {
  const folded = fold(body);
  const m = OFFICE_NAME.exec(folded);
  const c = m ? null : COMMITTEE_OFFICE.exec(folded);
  if (c) {
    const long = body.slice(c.index, c.index + c[0].length);
    return { short: shortOrganName(long), long, role: null };
  }
  if (!m) return null;
  const kindAt = m.index + m[0].length - m[2]!.length;
  const word = m[1] !== undefined ? body.slice(m.index, m.index + m[1].length) : (levelFromBody(body)?.word ?? '');
  const long = word + body.slice(kindAt, kindAt + m[2]!.length);
  return { short: shortOrganName(long), long, role: null };
}

/**
 * An organ name from a title that names no level gets the office the body names itself by when
 * that ends in it (`办公室` → `XX区政府办公室全体同志…` → `区政府办`), else the body's level word:
 * `党政办` → `镇党政办`.
 */
export function withLevelWord(organ: Organ, body: string): Organ {
  if (NAMES_LEVEL.test(fold(organ.long))) return organ;
  const own = organFromBody(body);
  if (own && own.long !== organ.long && fold(own.long).endsWith(fold(organ.long)) && NAMES_LEVEL.test(fold(own.long)))
    return { ...own, role: organ.role };
  const word = levelFromBody(body)?.word;
  return word ? { short: word + organ.short, long: word + organ.long, role: organ.role } : organ;
}
