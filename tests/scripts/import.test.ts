/**
 * The import CLI end to end: `node scripts/import.ts --content DIR <file|dir>...` on Node 24,
 * on temporary content folders. Every refusal must leave the folder byte for byte as it was.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSample, parseSource } from '../../src/build/contentFiles.ts';
import { BAD_INPUT_DIR, REFUSED_FIXTURES, SEED, SEEDS_DIR, seedText } from '../lib/import/helpers.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const NODE = join(REPO, 'node_modules/.bin/node');
const SCRIPT = join(REPO, 'scripts/import.ts');
const COMMITTED = join(REPO, 'src/content');

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fanwenku-import-'));
  temps.push(dir);
  return dir;
}

function runWith(args: string[], options: Pick<SpawnSyncOptions, 'cwd' | 'uid' | 'gid'> = {}) {
  // The timeout only keeps a hanging import (a FIFO read by a CLI that does not refuse it) from hanging the suite.
  const r = spawnSync(NODE, [SCRIPT, ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000, ...options });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const run = (content: string, ...paths: string[]) => runWith(['--content', content, ...paths]);

/**
 * Permissions do not stop root, and the tests may run as root: then the CLI runs as `nobody`
 * (uid 65534), and the folders it must reach are opened to everyone.
 */
const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** Every entry under `dir` (hidden ones included): `path/` for a folder, `path sha256` for a file. */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return ['(missing)'];
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) {
        out.push(`${path}/`);
        walk(path);
      } else
        out.push(
          `${path} ${createHash('sha256')
            .update(readFileSync(join(dir, path)))
            .digest('hex')}`,
        );
    }
  };
  walk('');
  return out;
}

const fixture = (f: string) => join(BAD_INPUT_DIR, f);
const seed = (f: string) => join(SEEDS_DIR, f);
const sample = (content: string, id: string) => parseSample(readFileSync(join(content, 'samples', `${id}.txt`), 'utf8'), id);
const list = (content: string, sub: string) => readdirSync(join(content, sub)).sort();

/** A content folder holding the imported seeds. */
function seeded(): string {
  const content = join(tempDir(), 'content');
  expect(run(content, SEEDS_DIR).status).toBe(0);
  return content;
}

describe('import CLI', { timeout: 60_000 }, () => {
  it('imports the seed folder: 13 samples, 5 sources, 000 reported as 重复 of 001-07', () => {
    const content = join(tempDir(), 'content');
    const r = run(content, SEEDS_DIR);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(list(content, 'samples')).toHaveLength(13);
    expect(list(content, 'samples')).toContain('001-07.txt');
    expect(list(content, 'sources')).toHaveLength(5);
    expect(r.stdout).toContain(`${seed(SEED.s000)}:1: 重复：`);
    expect(r.stdout).toMatch(/已收录的 001-07《2018年办公室工作总结（街道办）》/);
    expect(r.stdout).toMatch(/收录 13 篇，重复 1 篇/);
    // Nothing is left beside samples/ and sources/ but the lock (no staging or backup folder).
    expect(readdirSync(content).sort()).toEqual(['.import', 'samples', 'sources']);
    expect(readdirSync(join(content, '.import'))).toEqual(['lock']);
  });

  it('writes exactly the committed src/content samples and sources', () => {
    const content = seeded();
    const committed = tree(COMMITTED).filter((e) => /^(samples|sources)\//.test(e));
    expect(committed).toHaveLength(2 + 13 + 5);
    expect(tree(content).filter((e) => /^(samples|sources)\//.test(e))).toEqual(committed);
  });

  it('changes no byte when run again on the same input, as a folder or file by file', () => {
    const content = seeded();
    const before = tree(content);
    expect(run(content, SEEDS_DIR).status).toBe(0);
    expect(tree(content)).toEqual(before);
    expect(run(content, seed(SEED.s001)).status).toBe(0);
    expect(tree(content)).toEqual(before);
    expect(run(content, seed(SEED.s000), seed(SEED.s004)).status).toBe(0);
    expect(tree(content)).toEqual(before);
  });

  it('leaves other folders of the content directory alone', () => {
    const content = join(tempDir(), 'content');
    mkdirSync(join(content, 'guides'), { recursive: true });
    writeFileSync(join(content, 'guides', 'a.mdx'), '# 指南\n');
    expect(run(content, seed(SEED.s002)).status).toBe(0);
    expect(readFileSync(join(content, 'guides', 'a.mdx'), 'utf8')).toBe('# 指南\n');
    expect(list(content, 'samples')).toEqual(['002.txt']);
  });

  describe('a folder walk', () => {
    /** A folder as people keep them: sub-folders, a spreadsheet, Word's owner file, a hidden file, a link to a folder. */
    function archive(): string {
      const dir = tempDir();
      mkdirSync(join(dir, '2019', '上半年'), { recursive: true });
      copyFileSync(seed(SEED.s002), join(dir, '2019', '上半年', SEED.s002));
      copyFileSync(seed(SEED.s004), join(dir, SEED.s004));
      writeFileSync(join(dir, '统计.xlsx'), new Uint8Array([0x50, 0x4b, 3, 4]));
      writeFileSync(join(dir, '~$总结.docx'), 'owner');
      writeFileSync(join(dir, '.DS_Store'), 'finder');
      if (process.platform !== 'win32') symlinkSync(join(dir, '2019'), join(dir, '链接'));
      return dir;
    }
    const skips = (dir: string) =>
      [
        `跳过：${join(dir, '.DS_Store')} 隐藏文件`,
        `跳过：${join(dir, '~$总结.docx')} Word 临时文件`,
        ...(process.platform === 'win32' ? [] : [`跳过：${join(dir, '链接')} 指向文件夹的符号链接，未跟随`]),
        `跳过：${join(dir, '统计.xlsx')} 不支持的格式`,
      ].sort();

    it('imports every supported file below it and names each file it skips, with the reason', () => {
      const dir = archive();
      const content = join(tempDir(), 'content');
      const r = run(content, dir);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(list(content, 'samples')).toEqual(['002.txt', '004.txt']);
      const lines = r.stdout.split('\n').filter((l) => l.startsWith('跳过：'));
      expect(lines.map((l) => l.replace(/（可导入[^）]*）$/, '')).sort()).toEqual(skips(dir));
      expect(r.stdout).toMatch(new RegExp(`2 个文件（跳过 ${skips(dir).length} 个），收录 2 篇`));
    });

    it('with --dry-run prints what each file would give and writes nothing', () => {
      const dir = archive();
      const content = join(tempDir(), 'content');
      const r = runWith(['--content', content, '--dry-run', dir]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(existsSync(content)).toBe(false);
      const each = r.stdout.split('\n').filter((l) => l.includes('》'));
      expect(each).toHaveLength(2);
      expect(each[0]).toMatch(
        new RegExp(
          `^${join(dir, '2019', '上半年', SEED.s002).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 002《.+》街道乡镇 · 20\\d\\d年 · 工作总结$`,
        ),
      );
      expect(r.stdout).toMatch(/试导入：2 个文件.*收录 2 篇.*未写入任何文件/);
    });
  });

  describe('originals', () => {
    const FORMATS = join(REPO, 'tests/fixtures/formats');

    it('keeps a Word or PDF source as received, not a text or a saved page, and keeps it through later imports', () => {
      const content = join(tempDir(), 'content');
      expect(run(content, join(FORMATS, 'same.docx'), join(FORMATS, 'same.html')).status).toBe(0);
      expect(readdirSync(join(content, 'originals'))).toEqual(['same-docx.docx']);
      expect(readFileSync(join(content, 'originals', 'same-docx.docx')).equals(readFileSync(join(FORMATS, 'same.docx')))).toBe(true);
      const source = parseSource(readFileSync(join(content, 'sources', 'same-docx.yaml'), 'utf8'));
      expect(source.format).toBe('docx');
      expect(source.encoding).toBeNull();
      expect(source.normalisations).toContainEqual({ kind: 'auto-number', count: expect.any(Number) });
      const page = parseSource(readFileSync(join(content, 'sources', 'same-html.yaml'), 'utf8'));
      expect(page.url).toMatch(/^https?:\/\//);
      expect(page.normalisations).toContainEqual({ kind: 'chrome', count: expect.any(Number) });
      // Another import adds a source; the kept original stays, byte for byte.
      expect(run(content, seed(SEED.s004)).status).toBe(0);
      expect(readdirSync(join(content, 'originals'))).toEqual(['same-docx.docx']);
      expect(readFileSync(join(content, 'originals', 'same-docx.docx')).equals(readFileSync(join(FORMATS, 'same.docx')))).toBe(true);
    });
  });

  describe('refused input leaves the content folder untouched', () => {
    let content = '';
    let before: string[] = [];
    beforeAll(() => {
      content = seeded();
      before = tree(content);
    });

    it.each(REFUSED_FIXTURES)('%s → exit 1, FILE:%i: on stderr', (file, line) => {
      const r = run(content, fixture(file));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${fixture(file)}:${line}: `);
      expect(r.stderr).not.toContain('undefined');
      expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^${fixture(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}: \\S`));
      expect(r.stdout).not.toMatch(/导入完成/);
      expect(tree(content)).toEqual(before);
    });

    it('refuses a folder with one bad file among good ones, changing nothing', () => {
      const dir = tempDir();
      for (const f of [SEED.s002, SEED.s003]) copyFileSync(seed(f), join(dir, f));
      copyFileSync(fixture('markup-script.txt'), join(dir, 'markup-script.txt'));
      copyFileSync(fixture('bad-control.txt'), join(dir, 'bad-control.txt'));
      const r = run(content, dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${join(dir, 'bad-control.txt')}:5: `);
      expect(r.stderr).toMatch(/未作任何改动/);
      expect(tree(content)).toEqual(before);
    });

    it('refuses the whole bad-input folder, reporting every bad file', () => {
      const r = run(content, BAD_INPUT_DIR);
      expect(r.status).toBe(1);
      const reported = r.stderr
        .split('\n')
        .filter((l) => l.startsWith(BAD_INPUT_DIR))
        .map((l) => l.slice(BAD_INPUT_DIR.length).replace(/: .*/, ''));
      expect(reported).toEqual([
        'bad-binary.txt:3',
        'bad-control.txt:5',
        'bad-empty.txt:1',
        'bad-encoding.txt:3',
        'bad-euckr.txt:1',
        'bad-shiftjis.txt:1',
        'bad-toc-extra.txt:9',
        'bad-toc-missing.txt:3',
        'bad-utf16-nobom.txt:1',
        'bad-whitespace.txt:1',
      ]);
      expect(tree(content)).toEqual(before);
    });

    it('refuses a missing file and two inputs with the same name', () => {
      const missing = join(tempDir(), 'nope.txt');
      const r1 = run(content, missing);
      expect(r1.status).toBe(1);
      expect(r1.stderr).toBe(`${missing}: 不存在（ENOENT）\n`);
      const dir = tempDir();
      copyFileSync(seed(SEED.s004), join(dir, SEED.s004));
      const r2 = run(content, seed(SEED.s004), join(dir, SEED.s004));
      expect(r2.status).toBe(1);
      expect(r2.stderr).toContain(`${join(dir, SEED.s004)}:1: `);
      expect(r2.stderr).toMatch(/同名/);
      expect(tree(content)).toEqual(before);
    });

    it('writes no sample or source into a content folder that did not exist when it refuses', () => {
      const fresh = join(tempDir(), 'content');
      expect(run(fresh, seed(SEED.s002), fixture('bad-empty.txt')).status).toBe(1);
      // The lock was taken before the inputs were checked against the collection; it stays.
      expect(tree(fresh)).toEqual(['.import/', `.import/lock ${createHash('sha256').digest('hex')}`]);
    });

    it('prints usage and exits 2 without input', () => {
      const r = spawnSync(NODE, [SCRIPT, '--content', content], { cwd: REPO, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/用法/);
      expect(tree(content)).toEqual(before);
    });
  });

  describe('encoded copies of the seeds', () => {
    const CASES = [
      ['enc-gbk-002.txt', 'enc-gbk-002', '002', 'gb18030'],
      ['enc-gb18030-004.txt', 'enc-gb18030-004', '004', 'gb18030'],
      ['enc-utf16le-003.txt', 'enc-utf16le-003', '003', 'utf-16le'],
      ['enc-utf16be-004.txt', 'enc-utf16be-004', '004', 'utf-16be'],
      ['enc-cr-002.txt', 'enc-cr-002', '002', 'utf-8'],
      ['enc-bom-crlf-001.txt', 'enc-bom-crlf-001-07', '001-07', 'utf-8'],
    ] as const;
    let seedsOnly = '';
    beforeAll(() => {
      seedsOnly = seeded();
    });

    it.each(CASES)('%s alone is imported with the seed’s text', (file, id, seedId, encoding) => {
      const content = join(tempDir(), 'content');
      const r = run(content, fixture(file));
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const got = sample(content, id);
      const want = sample(seedsOnly, seedId);
      expect(got.text).toBe(want.text);
      expect(got.titleLines).toEqual(want.titleLines);
      expect(got.sourceNote).toBe(want.sourceNote);
      expect(got.source.lines).toEqual(want.source.lines);
      const source = parseSource(readFileSync(join(content, 'sources', `${file.replace(/\.txt$/, '')}.yaml`), 'utf8'));
      expect(source.encoding).toBe(encoding);
    });

    it('after the seeds, each is reported as 重复 of the seed sample and adds no sample', () => {
      const content = seeded();
      const samplesBefore = list(content, 'samples');
      const r = run(content, ...CASES.map(([f]) => fixture(f)));
      expect(r.status).toBe(0);
      for (const [file, , seedId] of CASES) {
        const line = r.stdout.split('\n').find((l) => l.startsWith(`${fixture(file)}:`) && l.includes(`已收录的 ${seedId}《`));
        expect(line, `${file} → ${seedId}`).toMatch(/^\S+:\d+: 重复：/);
      }
      expect(r.stdout).toMatch(/收录 0 篇/);
      expect(list(content, 'samples')).toEqual(samplesBefore);
      expect(sample(content, '002').duplicates.map((d) => d.file)).toEqual(['enc-cr-002.txt', 'enc-gbk-002.txt']);
      expect(list(content, 'sources')).toHaveLength(5 + CASES.length);
    });

    it('before the seeds, the seed is the one reported as 重复 (the existing sample wins)', () => {
      const content = join(tempDir(), 'content');
      expect(run(content, fixture('enc-gbk-002.txt')).status).toBe(0);
      const r = run(content, seed(SEED.s002));
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`${seed(SEED.s002)}:1: 重复：`);
      expect(r.stdout).toContain('已收录的 enc-gbk-002《');
      expect(list(content, 'samples')).toEqual(['enc-gbk-002.txt']);
    });
  });

  describe('duplicates and markup', () => {
    it('reports the re-spaced copy of 004 as 重复 naming 004, and does not import it', () => {
      const content = seeded();
      const before = list(content, 'samples');
      const r = run(content, fixture('dup-004-spacing.txt'));
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`${fixture('dup-004-spacing.txt')}:1: 重复：`);
      expect(r.stdout).toMatch(/已收录的 004《街道党政综合办公室上半年工作总结》/);
      expect(list(content, 'samples')).toEqual(before);
      expect(sample(content, '004').duplicates).toEqual([{ file: 'dup-004-spacing.txt', name: 'dup-004-spacing', lines: [1, 48] }]);
    });

    it('imports the markup fixture and keeps its text verbatim in the sample file', () => {
      const content = seeded();
      const r = run(content, fixture('markup-script.txt'));
      expect(r.status).toBe(0);
      const raw = readFileSync(join(content, 'samples', 'markup-script.txt'), 'utf8');
      const source = readFileSync(fixture('markup-script.txt'), 'utf8');
      // The body starts after the title line, with the blank line that follows it.
      const body = source.replace(/\n$/, '').split('\n').slice(2).join('\n');
      expect(raw.endsWith(`\n---\n${body}`)).toBe(true);
      for (const piece of ['<script>alert(1)</script>', '{expr}', "import x from 'y'", '<!-- -->', '\ntitle: 伪造的标题\n'])
        expect(raw).toContain(piece);
      const s = sample(content, 'markup-script');
      expect(s.title).toBe('XX县民政局办公室2021年工作总结');
      expect(s.id).toBe('markup-script');
      expect(s.text).toBe(body);
      expect(list(content, 'samples')).toHaveLength(14);
    });

    it('keeps the text of 004 identical to the seed file', () => {
      const content = seeded();
      expect(sample(content, '004').text + '\n').toBe(seedText(SEED.s004));
    });
  });

  describe('file-system errors: FILE: reason, exit 1, the folder unchanged', () => {
    let content = '';
    let before: string[] = [];
    beforeAll(() => {
      content = seeded();
      before = tree(content);
    });

    function refused(r: { status: number | null; stdout: string; stderr: string }, stderr: string) {
      expect(r.stderr).toBe(stderr);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(tree(content)).toEqual(before);
    }

    it('refuses a name whose record would pass 255 bytes, and a path the file system calls too long', () => {
      const dir = tempDir();
      const long = join(dir, `${'a'.repeat(251)}.txt`);
      copyFileSync(fixture('markup-script.txt'), long);
      const r = run(content, long);
      expect(r.stderr).toBe(
        `${long}:1: 文件名太长：会写成 sources/${'a'.repeat(251)}.yaml，超过 255 字节，请改短文件名后再导入\n导入失败：1 处错误，${content} 未作任何改动\n`,
      );
      expect(r.status).toBe(1);
      expect(tree(content)).toEqual(before);
      const tooLong = join(dir, `${'b'.repeat(256)}.txt`);
      refused(run(content, tooLong), `${tooLong}: 文件名或路径太长（ENAMETOOLONG）\n`);
    });

    it.skipIf(process.platform === 'win32')('refuses a file it may not read (EACCES)', () => {
      const dir = tempDir();
      chmodSync(dir, 0o755);
      const locked = join(dir, 'locked.txt');
      copyFileSync(fixture('markup-script.txt'), locked);
      chmodSync(locked, 0o000);
      refused(runWith(['--content', content, locked], UNPRIVILEGED), `${locked}: 没有权限（EACCES）\n`);
    });

    it.skipIf(process.platform === 'win32')('refuses to write into a content folder it may not write to, changing nothing', () => {
      const parent = tempDir();
      chmodSync(parent, 0o755);
      const readOnly = join(parent, 'content');
      cpSync(content, readOnly, { recursive: true });
      // As root the CLI runs as nobody, for whom the folder is read-only; otherwise it is made read-only.
      if (!UNPRIVILEGED.uid) chmodSync(readOnly, 0o555);
      const r = runWith(['--content', readOnly, fixture('markup-script.txt')], UNPRIVILEGED);
      if (!UNPRIVILEGED.uid) chmodSync(readOnly, 0o755);
      expect(r.stderr).toBe(`${readOnly}: 无法写入：没有权限（EACCES），未作任何改动\n`);
      expect(r.status).toBe(1);
      expect(tree(readOnly)).toEqual(before);
    });

    it.skipIf(process.platform === 'win32')('refuses a symlink loop inside a folder, reporting each link', () => {
      const dir = tempDir();
      copyFileSync(seed(SEED.s002), join(dir, SEED.s002));
      symlinkSync('b.txt', join(dir, 'a.txt'));
      symlinkSync('a.txt', join(dir, 'b.txt'));
      refused(
        run(content, dir),
        [`${join(dir, 'a.txt')}: 符号链接循环（ELOOP）`, `${join(dir, 'b.txt')}: 符号链接循环（ELOOP）`, ''].join('\n'),
      );
    });

    it.skipIf(process.platform === 'win32')('refuses a FIFO and a device before reading them (they would hang or never end)', () => {
      const fifo = join(tempDir(), 'pipe.txt');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      refused(run(content, fifo, '/dev/zero'), `${fifo}: 是命名管道，不是普通文件，未读取\n/dev/zero: 是设备文件，不是普通文件，未读取\n`);
    });

    it('refuses a file over 64 MB by its size, without reading it', () => {
      const big = join(tempDir(), 'big.txt');
      writeFileSync(big, '');
      // Sparse: the size without the bytes.
      truncateSync(big, 64 * 2 ** 20 + 1);
      refused(run(content, big), `${big}: 文件过大（64.0 MB，上限 64 MB），未读取\n`);
    });

    it('refuses a corrupt sample in the collection, naming it', () => {
      const broken = join(tempDir(), 'content');
      cpSync(content, broken, { recursive: true });
      const file = join(broken, 'samples', '002.txt');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^chars: \d+$/m, 'chars: 很多'));
      const damaged = tree(broken);
      const r = run(broken, fixture('markup-script.txt'));
      expect(r.stderr).toMatch(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 已收录的文件无法读取，请修复或从源文件重新导入：chars：\\S.*\n$`),
      );
      expect(r.status).toBe(1);
      expect(tree(broken)).toEqual(damaged);
    });

    it('takes a file named -x.txt after --, and refuses it as an option without', () => {
      const dir = tempDir();
      copyFileSync(fixture('markup-script.txt'), join(dir, '-x.txt'));
      const fresh = join(tempDir(), 'content');
      const without = runWith(['--content', fresh, '-x.txt'], { cwd: dir });
      expect(without.status).toBe(2);
      expect(without.stderr).toMatch(/^用法：.*\[--\]/);
      const r = runWith(['--content', fresh, '--', '-x.txt'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(list(fresh, 'samples')).toEqual(['x.txt']);
    });
  });
});
