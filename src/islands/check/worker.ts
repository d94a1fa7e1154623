// The engine off the page's main thread (analysis.ts): one job in, one answer out.
import { checkDraft } from '../../lib/check/report.ts';
import type { Answer, Job } from './analysis.ts';

onmessage = ({ data: { version, text, samples } }: MessageEvent<Job>) => {
  let answer: Answer;
  try {
    answer = { version, report: checkDraft(text, samples) };
  } catch (e) {
    answer = { version, error: e instanceof Error ? e.message : String(e) };
  }
  postMessage(answer);
};
