import { fold } from './structure/fold.ts';

/** One office level: the group readers browse it under, and how texts name it. */
interface OfficeSpec {
  /** The group's name as readers browse it. */
  label: string;
  /** Regex source of the words that name the level in an organ name (`县` in 县政府办, `局` in 县民政局办公室). */
  words: string;
  /** A department serves some territory: its word decides over a territory's word before it (`县民政局办公室` is 部门). */
  department: boolean;
  /** Its party committee's office is named by the territory's word: `县委办公室`, `区委办`. */
  committeeOffice: boolean;
  /**
   * Phrases by which a body speaks of its own office of this level (我镇, 镇委镇政府, 全县…), in
   * groups, each with the word an organ name then starts with (`镇` → 镇党政办).
   */
  selfEvidence: ReadonlyArray<{ phrases: string; word: string }>;
  /** Where a text names levels equally often, the lowest rank wins: texts also name the offices above them (a 镇 text serves 区 leaders too). */
  rank: number;
}

/** Office levels a sample can belong to, from the organ that wrote it, in browsing order. */
export const OFFICES = {
  city: {
    label: '市级',
    words: '市',
    department: false,
    committeeOffice: true,
    selfEvidence: [{ phrases: '我市|全市|市委|市政府', word: '市' }],
    rank: 4,
  },
  county: {
    label: '县级',
    words: '县',
    department: false,
    committeeOffice: true,
    selfEvidence: [{ phrases: '我县|全县|县委|县政府', word: '县' }],
    rank: 3,
  },
  // 区 inside 社区, 园区, 小区, 地区, 景区, 片区, 校区 is not a district.
  district: {
    label: '区级',
    words: '(?<![社园小地景片校])区',
    department: false,
    committeeOffice: true,
    selfEvidence: [{ phrases: '我区|全区|区委|区政府', word: '区' }],
    rank: 2,
  },
  street: {
    label: '街道乡镇',
    words: '街道|镇|乡',
    department: false,
    committeeOffice: false,
    selfEvidence: [
      { phrases: '我镇|全镇|镇委|镇政府|镇党委', word: '镇' },
      { phrases: '我乡|全乡|乡党委|乡政府', word: '乡' },
      { phrases: '街道党工委|街道办事处|我街道|全街道', word: '街道' },
    ],
    rank: 1,
  },
  // A 委员会 is a department unless it is the 政协's; 全局 also means "the whole picture", so a bureau's phrases weigh least.
  bureau: {
    label: '部门',
    words: '局|(?<!政协)委员会(?=办)',
    department: true,
    committeeOffice: false,
    selfEvidence: [{ phrases: '我局|全局|局党委|局党组|局机关', word: '局' }],
    rank: 5,
  },
} satisfies Record<string, OfficeSpec>;

export type Level = keyof typeof OFFICES;
export const LEVELS = Object.keys(OFFICES) as [Level, ...Level[]];

/** The groups readers browse by: the levels plus personal summaries. */
export const GROUPS = [...LEVELS, 'individual'] as const;
export type Group = (typeof GROUPS)[number];

export const GROUP_LABELS = { ...Object.fromEntries(LEVELS.map((l) => [l, OFFICES[l].label])), individual: '个人' } as Record<
  Group,
  string
>;

/** Kinds of office a text names itself by, longest first. */
const OFFICE_KIND =
  '党政综合办公室|党政综合办|党政办公室|党政办|党务办公室|党务办|党委办公室|党委办|政府办公室|政府办|政协办公室|政协办|人大办公室|人大办|综合办公室|综合办';
const LEVEL_WORD = LEVELS.map((l) => OFFICES[l].words).join('|');

/** An office as a text names it: a level word (group 1), 办事处 or 人民政府, and its kind (group 2): `街道党务办`, `街道办事处党政综合办公室`. */
export const OFFICE_NAME = new RegExp(`(${LEVEL_WORD})?(?:办事处|人民政府)?(${OFFICE_KIND})`, 'u');
/** A party committee's office named by its territory (group 1): `县委办公室`, `区委办` (group 2 the rest). */
export const COMMITTEE_OFFICE = new RegExp(
  `(${LEVELS.filter((l) => OFFICES[l].committeeOffice)
    .map((l) => OFFICES[l].words)
    .join('|')})(委办公室|委办)`,
  'u',
);
/** An organ name that starts by naming its level (`镇党政办`, not `党政办`). */
export const NAMES_LEVEL = new RegExp(`^(?:${LEVEL_WORD})`, 'u');

const ORGAN_WORDS = LEVELS.map((level) => ({ level, word: new RegExp(OFFICES[level].words, 'u'), department: OFFICES[level].department }));

/**
 * The level named by an organ name such as `市党委办` or `XX街道党务办`: a department's (局)
 * wherever it stands, else the first level word's. Matched folded, so `縣政府辦` names a county too.
 */
export function levelOfOrgan(organ: string): Level | null {
  organ = fold(organ);
  const department = ORGAN_WORDS.find((w) => w.department && w.word.test(organ));
  if (department) return department.level;
  let best: { at: number; level: Level } | null = null;
  for (const { level, word } of ORGAN_WORDS) {
    const m = word.exec(organ);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, level };
  }
  return best?.level ?? null;
}

/** Every group of self-evidence phrases, lowest rank first, so that the first of equal counts wins. */
const SELF_EVIDENCE = LEVELS.toSorted((a, b) => OFFICES[a].rank - OFFICES[b].rank).flatMap((level) =>
  OFFICES[level].selfEvidence.map(({ phrases, word }) => ({ level, word, pattern: new RegExp(phrases, 'gu') })),
);

/** The leadership a text says its office works under: `在街道党工委、办事处的正确领导下`. */
const LEADERSHIP = /在[^。；;，,！？!?在]{1,30}领导下/gu;

/** The level `text` names most often by self-evidence phrases, with its word; the lower rank wins a tie. */
function mostNamed(text: string): { level: Level; word: string } | null {
  let best: { level: Level; word: string; count: number } | null = null;
  for (const { pattern, level, word } of SELF_EVIDENCE) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0 && (best === null || count > best.count)) best = { level, word, count };
  }
  return best && { level: best.level, word: best.word };
}

/**
 * The level a body speaks of as its own. An office works under its own territory's leadership,
 * so the levels its leadership clauses name (`在街道党工委、办事处的正确领导下`) decide; failing
 * those, the level it names most often, since a text names the offices above it only in passing
 * (`配合区政府完成…`).
 */
export function levelFromBody(body: string): { level: Level; word: string } | null {
  body = fold(body);
  return mostNamed(body.match(LEADERSHIP)?.join('\n') ?? '') ?? mostNamed(body);
}
