/**
 * `npm run bench:robust`: the engine on inputs that once froze it (scripts/bench/pathological.ts),
 * each through `analyzeSource` (the import and analyze CLIs) and through the draft checker's
 * `checkDraft`, at 1×, 4× and 16× the size at which it was found. Prints the CPU time at each
 * size (the process's own, so that other work on the machine does not count) and the growth per
 * 4× step, which stays at about 4 for a linear engine (5 at most here).
 *
 *   npm run bench:robust [-- --timeout SECONDS] [--only NAME,NAME] [--json]
 *
 * Each case runs in a child process, stopped after the timeout (default 60 s of CPU time, by
 * `ulimit -t`; ten times that on the clock) and reported as `>60 s`; a larger size of a case
 * that timed out is not run. `analyzeSource` is given no size
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
/** Growth per 4× above this is not linear (nor n log n) at these sizes. */
const MAX_GROWTH = 5;

const { values } = parseArgs({
  options: {
    timeout: { type: 'string', default: '60' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
    case: { type: 'string' },
    scale: { type: 'string' },
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
 * One case in this process. The engine is first run on a text a sixteenth the size, so that
 * every size is timed with compiled code; then the fastest of at least two runs (up to seven
 * while they take under two seconds together): other work on the machine only ever adds. A run
 * shorter than 50 ms is repeated in a batch that long, for a clock that counts in microseconds.
 */
async function runCase(name: string, scale: number, target: Target): Promise<void> {
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
  analyze(family.make(Math.ceil((family.n * scale) / 16)))();
  const text = family.make(family.n * scale);
  const once = analyze(text);
  let result = '';
  const first = cpuMs(() => (result = once()));
  const batch = Math.ceil(BATCH_MS / Math.max(first, BATCH_MS / 1000));
  const times: number[] = [];
  while (times.length < 2 || (times.length < 7 && times.reduce((a, b) => a + b * batch, 0) < 2000))
    times.push(cpuMs(() => Array.from({ length: batch }, once)) / batch);
  console.log(JSON.stringify({ ms: Math.min(first, ...times), chars: text.length, result }));
}

if (values.case !== undefined) {
  await runCase(values.case, Number(values.scale), values.target as Target);
} else {
  const seconds = Number(values.timeout);
  const only = values.only?.split(',');
  const script = fileURLToPath(import.meta.url);
  const rows: Array<{ family: string; target: Target; chars: number[]; ms: Array<number | null>; growth: number | null; result: string }> = [];
  const fmtMs = (ms: number | null) => (ms === null ? `>${seconds} s` : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
  if (!values.json) console.log('family          target         chars at 1×  CPU ms 1×        4×       16×  growth/4×  result at 1×');
  for (const family of FAMILIES) {
    if (only && !only.includes(family.name)) continue;
    for (const target of TARGETS) {
      const ms: Array<number | null> = [];
      const chars: number[] = [];
      let result = '';
      for (const scale of SCALES) {
        if (ms.at(-1) === null) {
          ms.push(null);
          continue;
        }
        // CPU time is limited, as it is measured: on a busy machine a case waits for a core far longer.
        // V8 keeps the results of some searches of one string: a repeated run would not search again.
        const args = [process.execPath, '--no-regexp-results-cache', script, '--case', family.name, '--scale', String(scale), '--target', target];
        const child = spawnSync('/bin/sh', ['-c', `ulimit -t ${seconds} && exec "$@"`, 'sh', ...args], {
          timeout: seconds * 10_000,
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        });
        const line = child.status === 0 ? child.stdout.trim().split('\n').at(-1) : undefined;
        if (line === undefined) {
          // Killed at the timeout, or out of memory: no time, and no larger size either.
          if (child.signal === null) result = `crashed at ${scale}×: ${child.stderr.trim().split('\n').at(-1)}`;
          ms.push(null);
          continue;
        }
        const out = JSON.parse(line) as { ms: number; chars: number; result: string };
        ms.push(out.ms);
        chars.push(out.chars);
        if (scale === 1) result = out.result;
      }
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
  if (!values.json) console.log(slow.length === 0 ? `\nevery case grows at most ${MAX_GROWTH}× per 4× of input` : `\nsuperlinear or timed out: ${slow.map((r) => `${r.family}/${r.target}`).join(', ')}`);
}
