/** Median CPU time of `f` over `runs` runs, in ms: CPU time, so that other work on the machine does not count. */
export function cpuMs(f: () => void, runs: number): number {
  const t: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = process.cpuUsage();
    f();
    const used = process.cpuUsage(started);
    t.push((used.user + used.system) / 1000);
  }
  return t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!;
}
