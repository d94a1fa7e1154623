import { fold } from './structure/fold.ts';

/** Office levels a sample can belong to, from the organ that wrote it. */
export const LEVELS = ['city', 'county', 'district', 'street', 'bureau'] as const;
export type Level = (typeof LEVELS)[number];

/** The groups readers browse by: the five levels plus personal summaries. */
export const GROUPS = [...LEVELS, 'individual'] as const;
export type Group = (typeof GROUPS)[number];

export const GROUP_LABELS: Record<Group, string> = {
  city: '市级',
  county: '县级',
  district: '区级',
  street: '街道乡镇',
  bureau: '部门',
  individual: '个人',
};

/** Words that name a level inside an organ name, with the level they name. */
const LEVEL_WORDS: ReadonlyArray<readonly [RegExp, Level]> = [
  [/街道|镇|乡/u, 'street'],
  [/市/u, 'city'],
  [/县/u, 'county'],
  // 区 inside 社区, 园区, 小区, 地区, 景区, 片区, 校区 is not a district.
  [/(?<![社园小地景片校])区/u, 'district'],
];

/** A department (局, 委员会) is browsed under 部门 whatever the territory it serves (`县民政局办公室`). */
const BUREAU = /局|(?<!政协)委员会(?=办)/u;

/**
 * The level named by an organ name such as `市党委办` or `XX街道党务办`: `bureau` for a
 * 局, else its first territorial word. Matched folded, so `縣政府辦` names a county too.
 */
export function levelOfOrgan(organ: string): Level | null {
  organ = fold(organ);
  if (BUREAU.test(organ)) return 'bureau';
  let best: { at: number; level: Level } | null = null;
  for (const [word, level] of LEVEL_WORDS) {
    const m = word.exec(organ);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, level };
  }
  return best?.level ?? null;
}

/**
 * Phrases by which a text speaks of its own office's level (我镇, 镇委镇政府, 全县…),
 * with the word to prefix an organ name with.
 */
const SELF_EVIDENCE: ReadonlyArray<readonly [RegExp, Level, string]> = [
  [/我镇|全镇|镇委|镇政府|镇党委/gu, 'street', '镇'],
  [/我乡|全乡|乡党委|乡政府/gu, 'street', '乡'],
  [/街道党工委|街道办事处|我街道|全街道|街道各项/gu, 'street', '街道'],
  [/我区|全区|区委|区政府/gu, 'district', '区'],
  [/我县|全县|县委|县政府/gu, 'county', '县'],
  [/我市|全市|市委|市政府/gu, 'city', '市'],
  [/我局|全局|局党委|局党组|局机关/gu, 'bureau', '局'],
];

/**
 * The level a body speaks of as its own, by counting self-references; the lower level wins
 * a tie because texts also name the offices above them (a 镇 text serves 区 leaders too).
 */
export function levelFromBody(body: string): { level: Level; word: string } | null {
  body = fold(body);
  let best: { level: Level; word: string; count: number } | null = null;
  for (const [pattern, level, word] of SELF_EVIDENCE) {
    const count = body.match(pattern)?.length ?? 0;
    if (count > 0 && (best === null || count > best.count)) best = { level, word, count };
  }
  return best && { level: best.level, word: best.word };
}
