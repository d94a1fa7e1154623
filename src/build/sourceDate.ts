import { execFileSync } from 'node:child_process';

/** The earliest time a zip archive can hold: the stand-in when neither source says when the content is from. */
const FALLBACK = new Date('1980-01-01T00:00:00Z');

/** Where the committed collection lives, relative to the repository. */
export const CONTENT_PATH = 'src/content';

/**
 * The time a build stands for, written into .docx files and the release package in place of the
 * clock, so two builds of one commit are byte-identical: `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) when set, else the last commit's time; with `outside`, the last
 * commit that changed something outside that path. The .docx files take the code's date (outside
 * the collection): a commit that imports one sample then changes no other sample's documents,
 * and a rebuild takes them from the cache (docs/deploy.md). `root` is the repository's folder,
 * where builds run: a page's code is bundled elsewhere, so its own location would not lead there.
 */
export function sourceDate(
  env: Record<string, string | undefined> = process.env,
  { outside, root = process.cwd() }: { outside?: string; root?: string } = {},
): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH: not a number of seconds: ${epoch}`);
    return new Date(Number(epoch) * 1000);
  }
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct', ...(outside ? ['--', '.', `:(exclude)${outside}`] : [])], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/.test(seconds)) return new Date(Number(seconds) * 1000);
  } catch {
    // No git or no history (a source archive): the fallback below.
  }
  console.warn(`sourceDate: neither SOURCE_DATE_EPOCH nor a git commit; using ${FALLBACK.toISOString()}`);
  return FALLBACK;
}
