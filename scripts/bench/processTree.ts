/**
 * A command's wall time and the peak memory of its whole process tree (the command and every
 * process it starts, such as Pagefind's indexing service), as a budget for a 2-core machine
 * counts it. Node's `resourceUsage` and GNU time report the largest single process only.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  ms: number;
  /** Highest sum of the tree's resident set sizes seen, sampled every `everyMs`. */
  peakBytes: number;
  stdout: string;
  stderr: string;
}

/** Parent pid of every process now running, read from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name, in parentheses, may hold spaces: the fields after it are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended while the list was read.
    }
  }
  return map;
}

const rssBytes = (pid: number): number => {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
};

/** The resident bytes of `root` and all its descendants now. */
export function treeRss(root: number): number {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  let total = 0;
  const todo = [root];
  for (let pid = todo.pop(); pid !== undefined; pid = todo.pop()) {
    total += rssBytes(pid);
    todo.push(...(byParent.get(pid) ?? []));
  }
  return total;
}

/** Runs `command` to its end; rejects, with its output, when it fails. */
export function runTree(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; everyMs?: number } = {},
): Promise<TreeRun> {
  const started = performance.now();
  const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let peakBytes = 0;
  const sample = () => {
    if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeRss(child.pid));
  };
  const timer = setInterval(sample, options.everyMs ?? 250);
  sample();
  return new Promise((resolve, reject) => {
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, peakBytes, stdout, stderr });
      else
        reject(
          new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`),
        );
    });
  });
}
