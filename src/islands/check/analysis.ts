// The engine runs in a Web Worker, so that no draft, however long or pathological, blocks typing.
// One job at a time: a newer draft terminates a worker still busy with an older one and starts a
// fresh one, so the newest text always wins and an outdated analysis never holds a core. A worker
// that only waits for the samples' features to arrive is not busy: it is kept, with what it fetched,
// and the page has the version's report already (an early report, without its similar samples).
import type { CheckReport } from '../../lib/check/report.ts';
import type { ShardInfo } from '../../lib/check/shards.ts';

/** A shard of the samples' features and its URL (under the base). */
export interface Shard extends ShardInfo {
  url: string;
}

/** What the page posts: the draft of one version, and the shards its similar samples may be ranked among. */
export interface Job {
  version: number;
  text: string;
  shards: readonly Shard[];
}

/**
 * What the worker answers for one version: its report (with why its similar samples are missing,
 * when their shards could not be fetched), or why the engine failed on it.
 */
export type Answer = { version: number; report: CheckReport; warning?: string } | { version: number; error: string };

/** A report before its similar samples are ranked. */
export type EarlyReport = Omit<CheckReport, 'similar'>;

/**
 * What the worker posts for a version: its answer, preceded by its early report when the shards its
 * similar samples are ranked among must be fetched first (the worker then only waits for the network).
 */
export type Message = Answer | { version: number; early: EarlyReport };

const BROKEN = '检查程序出错或没能加载，请刷新页面重试';

export interface Analyzer {
  /** Have a version of the draft checked; `tell` gets its early report, if any, and its answer unless a newer one or `cancel` comes first. */
  check(version: number, text: string): void;
  /** Stop checking: the draft will not be checked (it is too long). */
  cancel(): void;
}

/** The page's one analyzer; the worker starts with the first check and again after each cancel. */
export function analyzer(shards: readonly Shard[], tell: (m: Message) => void): Analyzer {
  let worker: Worker | null = null;
  /** The newest version posted and not answered yet, if any. */
  let pending: number | null = null;
  /** Whether the worker is analyzing it (not only waiting for shards). */
  let busy = false;

  const stop = () => {
    worker?.terminate();
    worker = null;
    pending = null;
    busy = false;
  };
  const start = (): Worker => {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = ({ data }: MessageEvent<Message>) => {
      if (data.version !== pending) return;
      busy = false;
      if (!('early' in data)) pending = null;
      tell(data);
    };
    // The script did not load, the worker died or its answer could not be read: the job is lost,
    // and the next one starts a new worker.
    const broken = (e: Event) => {
      e.preventDefault();
      const lost = pending;
      stop();
      if (lost !== null) tell({ version: lost, error: BROKEN });
    };
    w.onerror = broken;
    w.onmessageerror = broken;
    return w;
  };

  const cancel = () => {
    if (busy) stop();
    pending = null;
  };
  return {
    check(version, text) {
      cancel();
      try {
        worker ??= start();
        pending = version;
        busy = true;
        worker.postMessage({ version, text, shards } satisfies Job);
      } catch {
        stop();
        tell({ version, error: BROKEN });
      }
    },
    cancel,
  };
}
