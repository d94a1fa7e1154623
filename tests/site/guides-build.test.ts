import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { phraseStats } from '../../src/lib/guides/phrases.ts';
import { committedEntries } from '../committed.ts';

// A guide's live references are checked by the build: without a sample a guide quotes, the build
// fails naming the guide file and the line of the element. Built into a temp folder: dist stays served.

const DIR = 'src/content/guides';
const BIN = join(process.cwd(), 'node_modules/.bin');

interface Ref {
  at: string;
  attrs: Record<string, string>;
}

/** Every `<Name …>` of the guides with its string attributes and `file:line`: what the guides reference. */
function refs(name: string): Ref[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(DIR, f), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          [...line.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((m) => ({
            at: `${DIR}/${f}:${i + 1}`,
            attrs: Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
          })),
        ),
    );
}

/** Every phrase the guides count, from PhraseCount and PhraseList elements. */
function phrases(): string[] {
  const listed = readdirSync(DIR)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => [...readFileSync(join(DIR, f), 'utf8').matchAll(/<PhraseList\s+phrases=\{(\[[^\]]*\])\}/g)].flatMap((m) => JSON.parse(m[1]!) as string[]));
  return [...refs('PhraseCount').map((r) => r.attrs.phrase!), ...listed];
}

const tmp = mkdtempSync(join(tmpdir(), 'fanwenku-guides-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('guide references', () => {
  it('fail the build, naming the guide file and line, when a quoted sample is gone', () => {
    const examples = refs('Example');
    expect(examples.length).toBeGreaterThan(0);
    // Remove a quoted sample whose absence leaves every counted phrase somewhere, so the first error is the example's.
    const entries = committedEntries();
    const gone = [...new Set(examples.map((r) => r.attrs.sample!))].find((id) => {
      const rest = entries.filter((e) => e.id !== id);
      return phrases().every((p) => phraseStats(rest, p).occurrences > 0);
    });
    expect(gone, 'a quoted sample whose removal leaves every counted phrase').toBeDefined();

    const content = join(tmp, 'content');
    cpSync('src/content/samples', join(content, 'samples'), { recursive: true, filter: (src) => !src.endsWith(`/${gone}.txt`) });
    cpSync('src/content/sources', join(content, 'sources'), { recursive: true });
    expect(readdirSync(join(content, 'samples'))).not.toContain(`${gone}.txt`);

    const build = spawnSync(join(BIN, 'astro'), ['build', '--outDir', join(tmp, 'dist')], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, FANWENKU_CONTENT: content },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    const places = examples.filter((r) => r.attrs.sample === gone).map((r) => `${r.at}: <Example sample="${gone}" section="${r.attrs.section}"> 引用的范文不存在`);
    expect(places.some((p) => output.includes(p)), `one of:\n${places.join('\n')}\nin:\n${output.slice(-3000)}`).toBe(true);
  }, 240_000);
});
