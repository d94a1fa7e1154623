import { fold } from '../structure/fold.ts';

/**
 * What kind of text a sample is. Offices file more than summaries under 总结: a 述职报告 is one
 * person's account of their duties, a leader's 讲话 at a summing-up meeting reviews the year
 * too, and a 工作计划 looks ahead only.
 */
export const GENRES = ['summary', 'duty-report', 'speech', 'plan'] as const;
export type Genre = (typeof GENRES)[number];

/*
 * Matched on the folded text (`述職報告`, `講話`). A title decides in this order, since the
 * others name a summary too: `在…工作总结会议上的讲话` is a speech, `2020年述职报告` a duty
 * report, `2019年工作总结及2020年工作计划` a summary with a plan attached.
 */
const SPEECH = /讲话|致辞|发言(?!人)|讲稿/u;
const DUTY_REPORT = /述职/u;
const SUMMARY = /总结|汇报|报告|回顾/u;
const PLAN = /计划|打算|要点|安排|规划|思路/u;

/** A body speaks as a speech when it opens by addressing the hall (`同志们：`). */
const SPEECH_OPENING = /^[\s\u3000]*(?:各位(?:领导|同志|代表)[，,、]?)*同志们[：:！!，,]/u;
/** A body reports on its duties when it says so: `现将…述职如下`, `现就…述职`. */
const DUTY_BODY = /述职(?:如下|报告如下)|向(?:大家|各位|组织)?述职|现述职/u;
const BODY_HEAD = 200;

/**
 * The genre of a sample: from its title when it names one; else (no title, or a headline that
 * names no kind of text) from how the body opens; else a summary, what the collection holds.
 */
export function genreOf(title: string | null, body: string): Genre {
  const t = fold(title ?? '');
  if (SPEECH.test(t)) return 'speech';
  if (DUTY_REPORT.test(t)) return 'duty-report';
  if (SUMMARY.test(t)) return 'summary';
  if (PLAN.test(t)) return 'plan';
  const head = fold(body.slice(0, BODY_HEAD));
  if (SPEECH_OPENING.test(head)) return 'speech';
  if (DUTY_BODY.test(head)) return 'duty-report';
  return 'summary';
}
