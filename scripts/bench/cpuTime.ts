/** Median CPU time of `f` over `runs` runs, in ms: CPU time, so that other work on the machine does not count. */
export function cpuMs(f: () => void, runs: number): number {
  const t: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = process.cpuUsage();
    f();
    t.push(since(started));
  }
  return median(t);
}

/** `cpuMs` of an async `f`: only this process's CPU, while nothing else of it runs. */
export async function cpuMsAsync(f: () => Promise<void>, runs: number): Promise<number> {
  const t: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = process.cpuUsage();
    await f();
    t.push(since(started));
  }
  return median(t);
}

function since(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

const median = (t: number[]) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!;
