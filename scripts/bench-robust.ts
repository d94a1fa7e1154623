/**
 * `npm run bench:robust`: the engine on inputs that once froze it (scripts/bench/pathological.ts),
 * each through `analyzeSource` (the import and analyze CLIs) and through the draft checker's
 * `checkDraft`, at 1×, 4× and 16× the size at which it was found. Prints the CPU time at each
 * size (the process's own, so that other work on the machine does not count) and the growth per
 * 4× step, which stays at about 4 for a linear engine (5 at most here).
 *
 *   npm run bench:robust [-- --timeout SECONDS] [--only NAME,NAME] [--json]
 *
 * Each family runs through each entry in a child process that times its three sizes in turn; it
 * is stopped after the timeout (default 60 s of CPU time, by `ulimit -t`; ten times that on the
 * clock), and a size it did not reach is reported as `>60 s`. `analyzeSource` is given no size
 * limit, so that growth is measured past the limit the importer applies.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FAMILIES } from './bench/pathological.ts';

const SCALES = [1, 4, 16] as const;
const TARGETS = ['analyzeSource', 'checkDraft'] as const;
type Target = (typeof TARGETS)[number];
const BATCH_MS = 50;
/** Rounds go on, up to seven, while the case has taken less CPU time than this. */
const ROUNDS_MS = 4000;
/** Growth per 4× above this is not linear (nor n log n) at these sizes. */
const MAX_GROWTH = 5;

const { values } = parseArgs({
  options: {
    timeout: { type: 'string', default: '60' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    case: { type: 'string' },
    target: { type: 'string' },
  },
});

/** CPU milliseconds `run` takes in this process. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

/**
 * One case in this process: its three sizes in rounds (1×, 4×, 16×, then again), so that what
 * else runs on the machine weighs on each size alike, and the fastest time of each, since that
 * only ever adds. First the engine runs on a text a sixteenth of 1×, so that every size is timed
 * with compiled code. A size whose run takes under 50 ms is timed in batches that long, for a
 * clock that counts in microseconds. Each time is printed as it improves, as a line of JSON, so
 * that a case stopped at its limit still tells the sizes it reached.
 */
async function runCase(name: string, target: Target): Promise<void> {
  const family = FAMILIES.find((f) => f.name === name)!;
  const { analyzeSource } = await import('../src/lib/source.ts');
  const { checkDraft } = await import('../src/lib/check/report.ts');
  const analyze = (text: string): (() => string) => {
    const bytes = new TextEncoder().encode(text);
    return () => {
      if (target === 'checkDraft') {
        const r = checkDraft(text, []);
        return `${r.outline.length} headings, ${r.anomalies.length} anomalies${r.problem ? `, ${r.problem.slice(0, 30)}` : ''}`;
      }
      try {
        const { samples } = analyzeSource(bytes, `${name}.txt`, Infinity);
        return `${samples.length} samples, ${samples.reduce((n, s) => n + s.structure.outline.length, 0)} headings`;
      } catch (e) {
        return `refused: ${(e as Error).message.slice(0, 30)}`;
      }
    };
  };
  analyze(family.make(Math.ceil(family.n / 16)))();
  const sizes: Array<{ scale: number; chars: number; once: () => string; batch: number; ms: number; result: string }> = [];
  let spent = 0;
  for (let round = 0; round < 2 || (round < 7 && spent < ROUNDS_MS); round++) {
    for (const scale of SCALES) {
      let size = sizes.find((x) => x.scale === scale);
      if (size === undefined) {
        const text = family.make(family.n * scale);
        let result = '';
        const once = analyze(text);
        const ms = cpuMs(() => (result = once()));
        size = { scale, chars: text.length, once, batch: Math.ceil(BATCH_MS / Math.max(ms, BATCH_MS / 1000)), ms, result };
        sizes.push(size);
        spent += ms;
      } else {
        const { once, batch } = size;
        const ms = cpuMs(() => Array.from({ length: batch }, once)) / batch;
        size.ms = Math.min(size.ms, ms);
        spent += ms * batch;
      }
      console.log(JSON.stringify({ scale, ms: size.ms, chars: size.chars, result: size.result }));
    }
  }
}

if (values.case !== undefined) {
  await runCase(values.case, values.target as Target);
} else {
  const seconds = Number(values.timeout);
  const only = values.only?.split(',');
  const script = fileURLToPath(import.meta.url);
  const rows: Array<{ family: string; target: Target; chars: number[]; ms: Array<number | null>; growth: number | null; result: string }> =
    [];
  const fmtMs = (ms: number | null) => (ms === null ? `>${seconds} s` : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
  if (!values.json) console.log('family          target         chars at 1×  CPU ms 1×        4×       16×  growth/4×  result at 1×');
  for (const family of FAMILIES) {
    if (only && !only.includes(family.name)) continue;
    for (const target of TARGETS) {
      // CPU time is limited, as it is measured: on a busy machine a case waits for a core far longer.
      // V8 keeps the results of some searches of one string: a repeated run would not search again.
      const args = [process.execPath, '--no-regexp-results-cache', script, '--case', family.name, '--target', target];
      const child = spawnSync('/bin/sh', ['-c', `ulimit -t ${seconds} && exec "$@"`, 'sh', ...args], {
        timeout: seconds * 10_000,
        encoding: 'utf8',
        maxBuffer: 16 << 20,
      });
      const reports = child.stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { scale: number; ms: number; chars: number; result: string });
      const last = SCALES.map((scale) => reports.filter((r) => r.scale === scale).at(-1));
      const ms = last.map((r) => r?.ms ?? null);
      const chars = last.flatMap((r) => (r ? [r.chars] : []));
      // Stopped at the limit (SIGXCPU, or the clock's SIGTERM): the sizes it did not reach took longer.
      const stopped = child.signal === 'SIGXCPU' || child.signal === 'SIGTERM' || child.signal === 'SIGKILL';
      const result = child.status === 0 || stopped ? (last[0]?.result ?? '') : `crashed: ${child.stderr.trim().split('\n').at(-1)}`;
      const steps = ms.slice(1).map((m, k) => (m === null || ms[k] === null ? null : m / ms[k]!));
      const growth = steps.includes(null) ? null : Math.max(...(steps as number[]));
      const row = { family: family.name, target, chars, ms, growth, result };
      rows.push(row);
      if (!values.json)
        console.log(
          [
            family.name.padEnd(15),
            target.padEnd(14),
            String(family.make(family.n).length).padStart(11),
            ...ms.map((m) => fmtMs(m).padStart(9)),
            (growth === null ? '–' : `${growth.toFixed(1)}×${growth > MAX_GROWTH ? ' !' : ''}`).padStart(10),
            ` ${result}`,
          ].join(' '),
        );
    }
  }
  if (values.json) console.log(JSON.stringify(rows, null, 2));
  const slow = rows.filter((r) => r.growth === null || r.growth > MAX_GROWTH);
  if (!values.json)
    console.log(
      slow.length === 0
        ? `\nevery case grows at most ${MAX_GROWTH}× per 4× of input`
        : `\nsuperlinear or timed out: ${slow.map((r) => `${r.family}/${r.target}`).join(', ')}`,
    );
}
