/** Shared by the import tests: where the seeds and fixtures are, and how to catch an ImportError. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import type { Collection, SourceInput } from '../../../src/lib/import/importer.ts';

/** The seed sources and their hand-made gold labels, committed under `corpus/`. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../corpus/seeds/', import.meta.url));
export const GOLD_FILE = fileURLToPath(new URL('../../../corpus/gold/seeds.json', import.meta.url));
export const BAD_INPUT_DIR = fileURLToPath(new URL('../../fixtures/bad-input/', import.meta.url));

export const SEED = {
  s000: '000_678087adbd692cae.txt',
  s001: '001_2e365b8a14871260.txt',
  s002: '002_7ada724b3d5c0bf0.txt',
  s003: '003_cf19231f015c7d44.txt',
  s004: '004_1725f756186fad4a.txt',
} as const;

export const seedFiles = (): string[] =>
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
export const seedBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(SEEDS_DIR + file));
export const seedText = (file: string): string => readFileSync(SEEDS_DIR + file, 'utf8');
export const seedInput = (file: string): SourceInput => ({ file, bytes: seedBytes(file) });
export const allSeedInputs = (): SourceInput[] => seedFiles().map(seedInput);
export const fixtureBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(BAD_INPUT_DIR + file));
export const fixtureInput = (file: string): SourceInput => ({ file, bytes: fixtureBytes(file) });

export const EMPTY: Collection = Object.freeze({ samples: [], sources: [] }) as Collection;

/** 1-based lines `from..to` of a text, joined by `\n`. */
export function linesOf(text: string, from: number, to: number): string {
  return text
    .split('\n')
    .slice(from - 1, to)
    .join('\n');
}

/** Run `fn`, expect it to throw an ImportError, and return it. */
export function importErrorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError, but nothing was thrown');
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** UTF-16 bytes of a string, code unit by code unit, with a BOM unless told otherwise. */
export function utf16(s: string, littleEndian: boolean, bom = true): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from({ length: s.length }, (_, i) => s.charCodeAt(i))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[2 * i + (littleEndian ? 0 : 1)] = u & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = u >> 8;
  });
  return out;
}

/** Bad-input fixtures the importer must refuse, with the line the error names (see the fixture README). */
export const REFUSED_FIXTURES: ReadonlyArray<readonly [string, number]> = [
  ['bad-empty.txt', 1],
  ['bad-whitespace.txt', 1],
  ['bad-binary.txt', 3],
  ['bad-control.txt', 5],
  ['bad-encoding.txt', 3],
  ['bad-utf16-nobom.txt', 1],
  ['bad-toc-missing.txt', 3],
  ['bad-toc-extra.txt', 9],
];
