/**
 * `npm run bench:import-stress`: the import CLI under SIGKILL and concurrency (issue 14's bar).
 * Kills imports at random moments after they took the lock (and once at each pause point:
 * holding the lock, staged, inside the swap), runs the next import, and starts pairs of imports of different files into
 * one folder; prints where the kills landed and how the pairs ended, and every problem.
 *
 *   npm run bench:import-stress [-- --kills 50] [--pairs 26] [--seed 1]
 *
 * Exits 1 when any trial lost an import, left the folder inconsistent or left files behind.
 */
import { parseArgs } from 'node:util';
import { killDelayLimit, killDelays, killTrial, pairTrial, setUp, type KillResult, type PairResult } from './bench/importStress.ts';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '50' }, pairs: { type: 'string', default: '26' }, seed: { type: 'string', default: '1' } },
});
const kills = Number(values.kills);
const pairs = Number(values.pairs);

const setup = await setUp();
try {
  const killResults: KillResult[] = [];
  for (const [n, point] of (['lock', 'commit', 'swap'] as const).entries()) killResults.push(await killTrial(setup, n, { point }));
  const delays = killDelays(setup, kills, Number(values.seed));
  for (const [n, afterLockMs] of delays.entries()) killResults.push(await killTrial(setup, n, { afterLockMs }));
  const pairResults: PairResult[] = [];
  for (let n = 0; n < pairs; n++) pairResults.push(await pairTrial(setup, n));

  const count = <T>(items: T[], key: (t: T) => string) => [...Map.groupBy(items, key)].map(([k, v]) => `${k} ${v.length}`).join(', ');
  const random = killResults.slice(3);
  console.log(
    `one import held the lock ${setup.heldMs.toFixed(0)} ms; random kills 0–${killDelayLimit(setup)} ms after the lock was taken (seed ${values.seed})`,
  );
  console.log(
    `kills at the pause points: ${killResults
      .slice(0, 3)
      .map(
        (r, i) =>
          `${['lock', 'commit', 'swap'][i]} → ${r.phase}, readers saw the ${r.killedAs} state${r.recovery ? `, next run: ${r.recovery}` : ''}`,
      )
      .join('; ')}`,
  );
  console.log(`random kills: ${random.length}; killed ${count(random, (r) => r.phase)}`);
  console.log(
    `  right after the kill readers saw: ${count(random, (r) => `the ${r.killedAs} state${r.halfSwapped ? ' (folders half swapped)' : ''}`)}`,
  );
  console.log(`  the next run: ${count(random, (r) => r.recovery || 'nothing to recover')}`);
  console.log(
    `pairs: ${pairResults.length}; ${count(pairResults, (r) => (r.refused === 0 ? 'both imported' : `${r.refused} refused by the lock`))}`,
  );
  const failed = [
    ...killResults.map((r) => ({ what: `kill ${r.phase} (${r.file})`, problems: r.problems })),
    ...pairResults.map((r) => ({ what: `pair ${r.files.join(' + ')}`, problems: r.problems })),
  ].filter((t) => t.problems.length > 0);
  console.log(
    `consistent, nothing lost, nothing left behind: ${killResults.length + pairResults.length - failed.length} of ${killResults.length + pairResults.length} trials`,
  );
  for (const t of failed) console.log(`FAILED ${t.what}:\n  ${t.problems.join('\n  ')}`);
  process.exitCode = failed.length > 0 ? 1 : 0;
} finally {
  setup.cleanup();
}
