import { organFromBody } from '../import/organ.ts';
import { COMMITTEE_OFFICE, OFFICE_NAME } from '../offices.ts';
import { fold } from '../structure/fold.ts';
import { lineIndex } from '../structure/lines.ts';
import { findPlaceholders } from '../structure/placeholders.ts';
import { slotLabel, type SlotType } from './slot.ts';

/**
 * Section → template: the spans of a text that a reader starting their own draft must fill
 * in, each typed so the slot says what goes there (`164件` → `【数量】件`). Matching runs on the
 * folded text (full-width digits as ASCII, traditional as simplified), offsets are those of the
 * text as written. Structure marks, headings and sentence skeletons stay; only the figure, year,
 * date or name itself becomes a slot, so units and qualifiers (`余`, `多`, `近`) stay around it.
 */

/** A span `[start, end)` of a text that a template shows as a slot. */
export interface Slot {
  start: number;
  end: number;
  type: SlotType;
}

/** Measure words a count stands before, longest first where one is the start of another. */
const UNITS = [
  '平方公里',
  '平方米',
  '公里',
  '人次',
  '场次',
  '批次',
  '架次',
  '户次',
  '家次',
  '周年',
  '小时',
  '课时',
  '学时',
  '个',
  '件',
  '次',
  '篇',
  '条',
  '期',
  '名',
  '位',
  '人',
  '户',
  '家',
  '台',
  '只',
  '起',
  '宗',
  '份',
  '本',
  '卷',
  '部',
  '张',
  '页',
  '辑',
  '项',
  '场',
  '批',
  '届',
  '字',
  '轮',
  '天',
  '周',
  '年',
  '所',
  '座',
  '处',
  '辆',
  '套',
  '种',
  '类',
  '组',
  '支',
  '封',
  '册',
  '回',
  '节',
  '堂',
  '株',
  '棵',
  '亩',
  '吨',
  '米',
];
/** Words that start with a measure word but are nouns: `XX条例`, `XX项目`, `XX人大`. */
const NOT_UNITS = new Set([
  '条例',
  '条款',
  '条线',
  '处置',
  '处理',
  '部门',
  '部署',
  '人员',
  '人民',
  '人大',
  '人才',
  '人事',
  '名义',
  '名单',
  '名称',
  '名额',
  '台账',
  '场所',
  '场地',
  '项目',
  '期刊',
  '期间',
  '期限',
  '起草',
  '起步',
  '所有',
  '所属',
  '家属',
  '家庭',
  '本级',
  '周边',
  '年度',
  '年级',
  '年鉴',
  '年龄',
  '年代',
  '类型',
  '组织',
  '支部',
  '届时',
  '轮流',
  '回复',
  '节日',
  '页面',
  '处室',
]);
const UNIT = new RegExp(`^[ \\u3000]?([万亿千]?[余多]?[万亿千]?)(${UNITS.join('|')})`, 'u');
const MONEY = /^[ \u3000]?[万亿千百]?[余多]?[万亿]?元/u;
const MAGNITUDE = /^[万亿][余多]?/u;
/** `6月30日`, `X月X日`: the whole date is one slot. */
const DAY = /^月[ \u3000]?(?:[0-9]{1,2}|[Xx*＊]+)[ \u3000]?[日号]/u;
/** A placeholder before a person's title stands for a name: `XX书记`, `XX市长`. */
const PERSON = /^(?:总书记|书记|市长|县长|区长|镇长|乡长|主任|局长|部长|主席|秘书长|同志|教授|老师)/u;
/** A placeholder before a territory, or a territory's organ, stands for a place: `XX县`, `XX政协`. */
const PLACE = /^(?:省|市|县|区|镇|乡|街道|社区|村|州|政协|人大|政府|党委|县委|市委|区委)/u;
/** Before `第`: a rank (`排名第X`), else a plain ordinal (`第X届`). */
const RANK_BEFORE = /(?:排名|排在|位居|名列|居|列)第$/u;

const NUMBER = /(?<![0-9A-Za-z.．])[0-9]+(?:[.．][0-9]+)?(?![0-9A-Za-z])/gu;
const YEAR = /^(?:19|20)[0-9]{2}$/u;

/** The figure or placeholder at `[start, end)`, typed by the words around it; null when it is no slot. */
function valueSlot(folded: string, start: number, end: number, placeholder: boolean): Slot | null {
  const value = folded.slice(start, end);
  const after = folded.slice(end, end + 8);
  const before = folded.slice(Math.max(0, start - 4), start);
  const slot = (type: SlotType, to = end): Slot => ({ start, end: to, type });

  if (/^年(?![鉴级龄轻代纪])/u.test(after) && (placeholder || YEAR.test(value))) return slot('年份');
  if (after.startsWith('月') && (placeholder || (Number(value) >= 1 && Number(value) <= 12))) {
    const day = DAY.exec(after);
    return day ? slot('日期', end + day[0].length) : slot('月份');
  }
  if (/^[%％]/u.test(after)) return slot('比例');
  if (before.endsWith('第')) return slot(RANK_BEFORE.test(before) || /^[名位]/u.test(after) ? '名次' : '序号');
  if (MONEY.test(after)) return slot('金额');
  // `24小时` is "round the clock" (24小时值班), not a figure to fill in.
  if (value === '24' && /^[ \u3000]?小时/u.test(after)) return null;
  const unit = UNIT.exec(after);
  if (unit && !NOT_UNITS.has(after.slice(unit[0].length - unit[2]!.length, unit[0].length + 1))) return slot('数量');
  if (MAGNITUDE.test(after)) return slot('数量');
  if (!placeholder) return null;
  if (PERSON.test(after)) return slot('姓名');
  if (PLACE.test(after)) return slot('地名');
  return slot('名称');
}

/** An office kind as a short name: `政府办公室` → `政府办`. */
const shortKind = (kind: string) => kind.replace(/公室$/u, '');
const KIND = new RegExp(OFFICE_NAME, 'gu');
const COMMITTEE = new RegExp(COMMITTEE_OFFICE, 'gu');
const PLACEHOLDER_BEFORE = /[Xx*＊]+$/u;
/** Words before an office that make it another office: `兄弟政协办公室`, `上级党委办`. */
const OTHERS_BEFORE = /(?:兄弟|各|其他|其它|上级|全)$/u;
/** A territory right before an office kind names another territory's office (`省政府办公室`). */
const TERRITORY_BEFORE = /[省市县区镇乡州]$/u;

/** The office names a text's writer is known by: kinds (`政府办`) and level words (`县`), and literal names. */
interface UnitNames {
  kinds: Set<string>;
  levels: Set<string>;
  /** Committee offices are named by their territory (`县委办`): the level word is part of the kind. */
  committees: Set<string>;
  literals: string[];
}

function unitNames(names: readonly string[]): UnitNames {
  const out: UnitNames = { kinds: new Set(), levels: new Set(), committees: new Set(), literals: [] };
  for (const name of names) {
    const f = fold(name);
    out.literals.push(f);
    for (const m of f.matchAll(KIND)) {
      out.kinds.add(shortKind(m[2]!));
      if (m[1]) out.levels.add(m[1]);
    }
    for (const m of f.matchAll(COMMITTEE)) out.committees.add(m[1]! + shortKind(m[2]!));
  }
  return out;
}

/**
 * Where the text names its writer's own office: a known office kind (`政府办`, `党政综合办公室`)
 * with an own level word or none, any territory placeholder and `办事处` before it
 * (`XX街道党务办`, `*街道办事处党政综合办公室`), or a known name as written (`（街道办）`). Not
 * another territory's or a sibling's office, not `办公厅`/`办公场所`, not a quoted slogan.
 */
function unitSlots(folded: string, names: UnitNames): Slot[] {
  const out: Slot[] = [];
  const accept = (start: number, end: number, hasLevel: boolean) => {
    const next = folded[end] ?? '';
    if (folded[end - 1] === '办' && /[公事]/u.test(next)) return;
    if (next === '”' || folded[start - 1] === '“') return;
    const before = folded.slice(Math.max(0, start - 2), start);
    if (OTHERS_BEFORE.test(before) || (!hasLevel && TERRITORY_BEFORE.test(before))) return;
    const ph = PLACEHOLDER_BEFORE.exec(folded.slice(Math.max(0, start - 6), start));
    out.push({ start: start - (ph ? ph[0].length : 0), end, type: '单位' });
  };
  for (const m of folded.matchAll(KIND)) {
    if (!names.kinds.has(shortKind(m[2]!))) continue;
    if (m[1] && !names.levels.has(m[1])) continue;
    accept(m.index, m.index + m[0].length, m[1] !== undefined);
  }
  for (const m of folded.matchAll(COMMITTEE)) {
    if (names.committees.has(m[1]! + shortKind(m[2]!))) accept(m.index, m.index + m[0].length, true);
  }
  for (const literal of names.literals) {
    for (let i = folded.indexOf(literal); i >= 0; i = folded.indexOf(literal, i + 1)) accept(i, i + literal.length, true);
  }
  return out;
}

export interface SlotOptions {
  /** The writer's office names as the engine knows them (`县政府办`); their mentions become 【单位】. */
  unit?: readonly string[];
  /** Spans never slotted: heading marks (`1.`, `（1）`). */
  skip?: ReadonlyArray<readonly [number, number]>;
}

/** Every slot of a text, in order, none overlapping another or a skipped span. */
export function findSlots(text: string, options: SlotOptions = {}): Slot[] {
  const folded = fold(text);
  const candidates: Slot[] = unitSlots(folded, unitNames(options.unit ?? []));
  for (const p of findPlaceholders(text, lineIndex(text, 1))) {
    const s = valueSlot(folded, p.start, p.start + p.token.length, true);
    if (s) candidates.push(s);
  }
  for (const m of folded.matchAll(NUMBER)) {
    const s = valueSlot(folded, m.index, m.index + m[0].length, false);
    if (s) candidates.push(s);
  }
  // Earlier first; at one start the longer (an office over its placeholder) wins.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const skip = options.skip ?? [];
  const out: Slot[] = [];
  for (const c of candidates) {
    if (skip.some(([s, e]) => c.start < e && s < c.end)) continue;
    const last = out.at(-1);
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

/** The office names of a sample the engine knows: its organ, and the organ its body names itself by. */
export function unitNamesOf(sample: { organ: string | null; text: string }): string[] {
  const body = organFromBody(sample.text);
  return [...new Set([sample.organ, body?.long, body?.short].filter((n): n is string => !!n))];
}

/** `[from, to)` of a text with its slots as labels: the template of that span. */
export function templateOf(text: string, slots: readonly Slot[], from = 0, to = text.length): string {
  let out = '';
  let at = from;
  for (const s of slots) {
    if (s.start < from || s.start >= to) continue;
    out += text.slice(at, s.start) + slotLabel(s.type);
    at = s.end;
  }
  return out + text.slice(at, to);
}
