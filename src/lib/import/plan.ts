import type { HeadingLine } from './headingLines.ts';

/** Words by which a heading or title announces a next-period plan. */
const PLAN_WORDS = /打算|计划|思路|谋划|下一步|下步工作|明年工作|今后工作/u;
const PROBLEM_WORDS = /问题|不足|差距/u;
/** A paragraph that opens an enumeration of items: `一是…`, `一要…`, `首先…`. */
const ENUMERATION_START = /^[\s\u3000]*(?:一是|一要|首先)/u;
/** Forward-looking wording of an unheaded plan and of the transition before it. */
const FORWARD = /下步|下一步|今后|以下|改进|将/u;

/**
 * Whether a text has a next-period plan: the title or a top-level heading announces one,
 * or, after an unheaded paragraph that admits shortcomings and looks ahead (not under a
 * problems heading), an enumeration of measures follows. A closing pledge is not a plan.
 */
export function hasPlan(title: string, headings: readonly HeadingLine[], body: string, firstLine: number): boolean {
  if (PLAN_WORDS.test(title) || headings.some((h) => PLAN_WORDS.test(h.text))) return true;
  const lines = body.split('\n');
  const paragraphs = lines.map((text, i) => ({ text, line: firstLine + i })).filter((p) => p.text.trim() !== '');
  for (let k = 1; k < paragraphs.length; k++) {
    const prev = paragraphs[k - 1]!;
    const cur = paragraphs[k]!;
    if (!ENUMERATION_START.test(cur.text) || headings.some((h) => h.line === prev.line)) continue;
    const parent = headings.filter((h) => h.line < prev.line).at(-1);
    const underProblemsHeading = parent !== undefined && PROBLEM_WORDS.test(parent.text);
    if (!underProblemsHeading && PROBLEM_WORDS.test(prev.text) && FORWARD.test(prev.text)) return true;
  }
  return false;
}
