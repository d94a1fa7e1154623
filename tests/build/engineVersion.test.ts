import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineVersion } from '../../src/build/engineVersion.ts';

const root = mkdtempSync(join(tmpdir(), 'fanwenku-engine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

describe('the engine version an analysed entry is kept under', () => {
  write('src/lib/structure/outline.ts', 'export const a = 1;\n');
  write('src/lib/offices.ts', 'export const b = 2;\n');
  write('src/build/collection.ts', 'export {};\n');
  write('src/build/contentFiles.ts', 'export {};\n');
  write('package-lock.json', '{}\n');

  it('stays the same while nothing the engine runs changes', () => {
    const before = engineVersion(root);
    write('src/pages/index.astro', '---\n---\n');
    write('src/build/offline.ts', 'export {};\n');
    write('src/content/samples/001.txt', '---\nid: "001"\n---\n正文\n');
    expect(engineVersion(root)).toBe(before);
  });

  it.each([
    ['an engine module changes', () => write('src/lib/structure/outline.ts', 'export const a = 2;\n')],
    ['an engine module is added', () => write('src/lib/structure/parts.ts', 'export {};\n')],
    ['the content format’s parsers change', () => write('src/build/contentFiles.ts', 'export const c = 3;\n')],
    ['a library it runs on changes', () => write('package-lock.json', '{"lockfileVersion":3}\n')],
  ])('changes when %s', (_, change) => {
    const before = engineVersion(root);
    change();
    expect(engineVersion(root)).not.toBe(before);
  });

  it('is made without a lock file too, and changes when one appears', () => {
    const other = mkdtempSync(join(tmpdir(), 'fanwenku-engine-'));
    try {
      for (const file of ['src/lib/a.ts', 'src/build/collection.ts', 'src/build/contentFiles.ts']) {
        mkdirSync(dirname(join(other, file)), { recursive: true });
        writeFileSync(join(other, file), 'export {};\n');
      }
      const without = engineVersion(other);
      writeFileSync(join(other, 'package-lock.json'), '{}\n');
      expect(engineVersion(other)).not.toBe(without);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('tells a file’s name from its bytes', () => {
    const other = mkdtempSync(join(tmpdir(), 'fanwenku-engine-'));
    try {
      for (const [file, text] of [
        ['src/lib/ab.ts', 'c'],
        ['src/build/collection.ts', ''],
        ['src/build/contentFiles.ts', ''],
        ['package-lock.json', ''],
      ] as const) {
        mkdirSync(dirname(join(other, file)), { recursive: true });
        writeFileSync(join(other, file), text);
      }
      const one = engineVersion(other);
      rmSync(join(other, 'src/lib/ab.ts'));
      writeFileSync(join(other, 'src/lib/a.ts'), 'bc');
      expect(engineVersion(other)).not.toBe(one);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
