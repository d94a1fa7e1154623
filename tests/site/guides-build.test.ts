import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { phraseStats } from '../../src/lib/guides/phrases.ts';
import { committedEntries } from '../committed.ts';

// A guide's live references and view props are checked by the build: without a sample a guide quotes,
// or with a value a component does not take, the build fails naming the guide file and the line of the
// element. Built into a temp folder: dist stays served.

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
    .flatMap((f) =>
      [...readFileSync(join(DIR, f), 'utf8').matchAll(/<PhraseList\s+phrases=\{(\[[^\]]*\])\}/g)].flatMap(
        (m) => JSON.parse(m[1]!) as string[],
      ),
    );
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
    const places = examples
      .filter((r) => r.attrs.sample === gone)
      .map((r) => `${r.at}: <Example sample="${gone}" section="${r.attrs.section}"> 引用的范文不存在`);
    expect(
      places.some((p) => output.includes(p)),
      `one of:\n${places.join('\n')}\nin:\n${output.slice(-3000)}`,
    ).toBe(true);
  }, 240_000);

  it('fail the build, naming the guide file and line, when a view prop has a value the component does not take', () => {
    // Without the check, a misspelt `show` rendered the other view and the build passed.
    const first = refs('NumberingStats')[0];
    expect(first?.attrs.show).toBeDefined();
    const { at, attrs } = first!;
    const wrong = `${attrs.show}s`;

    // A copy of the project (sharing node_modules), so the message names the guide as its author sees it.
    const root = join(tmp, 'project');
    for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(f, join(root, f), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
    const [file, line] = at.split(':') as [string, string];
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const i = Number(line) - 1;
    lines[i] = lines[i]!.replace(`show="${attrs.show}"`, `show="${wrong}"`);
    expect(lines[i]).toContain(`<NumberingStats show="${wrong}"`);
    writeFileSync(join(root, file), lines.join('\n'));

    const build = spawnSync(join(BIN, 'astro'), ['build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}` },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = build.stdout + build.stderr;
    expect(build.status).not.toBe(0);
    const message = `${at}: <NumberingStats show="${wrong}"> 的 show 只能是 families、chains 之一`;
    expect(output.includes(message), `${message}\nin:\n${output.slice(-3000)}`).toBe(true);
  }, 240_000);
});
