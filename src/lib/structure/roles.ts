import type { Role } from './model.ts';

/** Words by which a heading announces shortcomings. */
const PROBLEM_WORDS = /问题|不足|差距|短板|薄弱|教训/u;
/** Words by which a heading announces the next period's plan. */
const PLAN_WORDS = /下一步|下步|下一阶段|下阶段|下半年|明年|来年|今后|新的一年|打算|计划|思路|谋划|设想|展望|安排/u;

/**
 * The role a top-level heading gives its part: problems or plans when it names them
 * (whichever it names first: `存在的问题及今后努力的方向` is a problems part), else
 * achievements. The text is folded, so traditional characters match too.
 */
export function roleOfHeading(folded: string): Role {
  const problem = PROBLEM_WORDS.exec(folded)?.index ?? Infinity;
  const plan = PLAN_WORDS.exec(folded)?.index ?? Infinity;
  if (problem === Infinity && plan === Infinity) return 'achievements';
  return problem <= plan ? 'problems' : 'plans';
}

/** An unheaded paragraph that admits shortcomings: `…但也还存在一些不足…`, `…还有一定差距…`. */
const ADMITS =
  /(?:还|也|仍|尚|依然|仍然)(?:然)?存在(?:着)?|存在(?:着)?(?:一些|一定|不少|诸多)?(?:的)?(?:不足|问题|差距|短板)|还有(?:一定|一些|许多|不少)?(?:的)?(?:差距|不足)|有一定(?:的)?差距|不足之处|差距和不足/u;
export const admitsShortcomings = (folded: string) => ADMITS.test(folded);

/** A final paragraph that rallies: it looks ahead, or pledges, and sounds the call. */
const LOOKS_AHEAD = /今后|以后|新的一年|新征程|未来|展望|(?:我们|我办|我|全办|全体)[^。]{0,12}(?:将|一定|会|要)/u;
const CALLS = /继续|进一步|努力|奋进|开创|谱写|再创|再上|贡献|新局面|新篇章|新台阶|新成绩|新的更大/u;
export const rallies = (folded: string) => LOOKS_AHEAD.test(folded) && CALLS.test(folded);

/** A paragraph that introduces the next period's measures (`下一步，我们将…：`). */
const PLAN_INTRO = /^(?:下一步|下步|下一阶段|下阶段|明年|来年|新的一年|下半年|今后)[^。]*?(?:将|要|打算|计划)/u;
export const introducesPlan = (folded: string) => PLAN_INTRO.test(folded);

/** A heading that names a shortcoming (`工作作风不够扎实`), not a measure. */
const NAMES_SHORTCOMING = /不够|不足|不强|不高|不深|不细|不到位|欠缺|较少|较弱|有待|差距|问题|薄弱|滞后|亟需|亟待/u;
export const namesShortcoming = (folded: string) => NAMES_SHORTCOMING.test(folded);
