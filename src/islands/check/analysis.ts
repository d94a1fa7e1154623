// The engine runs in a Web Worker, so that no draft, however long or pathological, blocks typing.
// One job at a time: a newer draft terminates a worker still busy with an older one and starts a
// fresh one, so the newest text always wins and an outdated analysis never holds a core.
import type { CheckReport } from '../../lib/check/report.ts';
import type { SampleFeatures } from '../../lib/check/similar.ts';

/** What the page posts: the draft of one version, and the samples to rank it against. */
export interface Job {
  version: number;
  text: string;
  samples: readonly SampleFeatures[];
}

/** What the worker answers for one version: its report, or why the engine failed on it. */
export type Answer = { version: number; report: CheckReport } | { version: number; error: string };

const BROKEN = '检查程序出错或没能加载，请刷新页面重试';

export interface Analyzer {
  /** Have a version of the draft checked; `answer` gets its outcome unless a newer one or `cancel` comes first. */
  check(version: number, text: string): void;
  /** Stop checking: the draft will not be checked (it is too long). */
  cancel(): void;
}

/** The page's one analyzer; the worker starts with the first check and again after each cancel. */
export function analyzer(samples: readonly SampleFeatures[], answer: (a: Answer) => void): Analyzer {
  let worker: Worker | null = null;
  /** The version the worker is checking, if any. */
  let pending: number | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
    pending = null;
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<Answer>) => {
      pending = null;
      answer(e.data);
    };
    // The script did not load, the worker died or its answer could not be read: the job is lost,
    // and the next one starts a new worker.
    const broken = (e: Event) => {
      e.preventDefault();
      const lost = pending;
      stop();
      if (lost !== null) answer({ version: lost, error: BROKEN });
    };
    w.onerror = broken;
    w.onmessageerror = broken;
    return w;
  };

  const cancel = () => {
    if (pending !== null) stop();
  };
  return {
    check(version, text) {
      cancel();
      try {
        worker ??= start();
        pending = version;
        worker.postMessage({ version, text, samples } satisfies Job);
      } catch {
        stop();
        answer({ version, error: BROKEN });
      }
    },
    cancel,
  };
}
