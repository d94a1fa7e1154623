import { describe, expect, it } from 'vitest';
import { runTree } from '../../../scripts/bench/processTree.ts';

const MB = 1024 ** 2;
/** A Node process that holds `mb` MB resident (filled, so the pages are really there) for a while. */
const hold = (mb: number) => `const b = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => b.length, 1500);`;

describe('runTree', () => {
  it('counts the memory of every process in the tree, not only the largest one', async () => {
    // A parent holding 150 MB that starts a child holding 150 MB: together over 300 MB, each alone about 150.
    const parent = `${hold(150)} require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(hold(150))}]);`;
    const run = await runTree(process.execPath, ['-e', parent], { everyMs: 50 });
    expect(run.peakBytes).toBeGreaterThan(300 * MB);
    expect(run.ms).toBeGreaterThan(1500);
  }, 30_000);

  it('gives a failed command’s output in its error', async () => {
    await expect(runTree(process.execPath, ['-e', 'console.error("无法构建"); process.exit(3)'])).rejects.toThrow(/exit 3[\s\S]*无法构建/);
  });
});
