/**
 * The import CLI with other imports and SIGKILL: one import at a time, and the folder is always
 * exactly the old state or the new one. A few trials of `npm run bench:import-stress` (which runs
 * 50 kills and 26 pairs), plus a kill at each pause point, so a regression fails here.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  killDelays,
  killTrial,
  leftovers,
  pairTrial,
  runImport,
  setUp,
  snapshot,
  startImport,
  type StressSetup,
} from '../../scripts/bench/importStress.ts';
import { SEED, SEEDS_DIR } from '../lib/import/helpers.ts';

const seed = (f: string) => join(SEEDS_DIR, f);

describe('import CLI: concurrent and killed imports', { timeout: 300_000 }, () => {
  let setup: StressSetup;
  beforeAll(async () => {
    setup = await setUp();
  }, 300_000);
  afterAll(() => setup?.cleanup());

  it('refuses a second import while one holds the lock, naming its pid; the lock of a killed holder is free', async () => {
    const dir = join(setup.root, 'locked');
    cpSync(setup.base, dir, { recursive: true });
    const holder = startImport(dir, [seed(SEED.s002)], { FANWENKU_IMPORT_PAUSE: 'lock' });
    await holder.said('暂停于 lock');
    const second = await runImport(dir, [seed(SEED.s003)]);
    expect(second.status).toBe(1);
    expect(second.stderr).toBe(`${dir}: 另一个导入正在进行（pid ${holder.child.pid}），请等它结束后再导入\n`);
    expect(snapshot(dir)).toBe(setup.old);

    holder.child.kill('SIGKILL');
    await holder.done;
    // The dead holder's pid stays behind, as after any kill; the next import takes over.
    expect(readFileSync(join(dir, '.import/pid'), 'utf8')).toBe(`${holder.child.pid}\n`);
    const third = await runImport(dir, [seed(SEED.s003)]);
    expect(third.status).toBe(0);
    expect(snapshot(dir)).toBe(await setup.stateAfter([SEED.s003]));
    expect(leftovers(dir)).toEqual([]);
  });

  it.each([
    ['lock', 'before staging', 'old', false, ''],
    ['commit', 'staging', 'old', false, '清除了上次被中断的导入留下的文件'],
    // Nothing moved yet: the next run moves both folders (setting the old ones aside) and removes everything it set aside.
    ['committed', 'committed', 'new', true, '完成了上次被中断的导入'],
    // samples/ is the new one and sources/ is missing; readers take sources from the commit, and the next run finishes the swap.
    ['swap', 'committed', 'new', true, '完成了上次被中断的导入'],
  ] as const)(
    'killed at %s (%s): readers see the %s state (half swapped: %s), the next run says “%s” and leaves it',
    async (point, phase, killedAs, halfSwapped, recovery) => {
      const r = await killTrial(setup, 0, { point });
      expect(r).toMatchObject({ phase, killedAs, halfSwapped, recovery, problems: [] });
    },
  );

  it('4 pairs of concurrent imports: both imported, or one refused by the lock; nothing lost', async () => {
    for (let n = 0; n < 4; n++) {
      const r = await pairTrial(setup, n);
      expect(r.problems, r.files.join(' + ')).toEqual([]);
    }
  });

  it('5 imports killed at random moments: the old state or the new one, consistent, nothing left after the next run', async () => {
    for (const [n, afterLockMs] of killDelays(setup, 5, 14).entries()) {
      const r = await killTrial(setup, n, { afterLockMs });
      expect(r.problems, `killed ${afterLockMs} ms after taking the lock (${r.phase})`).toEqual([]);
    }
  });
});
