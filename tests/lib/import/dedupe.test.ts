import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../src/lib/import/dedupe.ts';
import { splitSource } from '../../../src/lib/import/split.ts';
import { fixtureBytes, SEED, seedText } from './helpers.ts';

const key = (s: { titleLines: string[]; body: string }) => fingerprint(s.titleLines.join('') + s.body);

describe('fingerprint', () => {
  it('removes every kind of whitespace', () => {
    expect(fingerprint(' 甲\t乙\n丙\u3000丁\u00a0戊\ufeff己\r\n')).toBe('甲乙丙丁戊己');
  });

  it('keeps punctuation, placeholders and half/full-width differences', () => {
    expect(fingerprint('XX县，办文X件。')).toBe('XX县，办文X件。');
    expect(fingerprint('办文,办会')).not.toBe(fingerprint('办文，办会'));
    expect(fingerprint('24小时')).toBe(fingerprint('24 小时'));
  });

  it('makes 000 and 001-07 equal (blank lines, 24 小时, no notice)', () => {
    const s000 = splitSource(seedText(SEED.s000), SEED.s000).samples[0]!;
    const s001 = splitSource(seedText(SEED.s001), SEED.s001).samples;
    expect(key(s000)).toBe(key(s001[6]!));
    expect(s001.filter((s) => key(s) === key(s000))).toHaveLength(1);
  });

  it('makes the re-spaced copy of 004 equal to 004', () => {
    const s004 = splitSource(seedText(SEED.s004), SEED.s004).samples[0]!;
    const dup = splitSource(new TextDecoder().decode(fixtureBytes('dup-004-spacing.txt')), 'x').samples[0]!;
    expect(dup.body).not.toBe(s004.body);
    expect(key(dup)).toBe(key(s004));
  });

  it('tells the ten 001 samples apart, even the three with the same title', () => {
    const keys = splitSource(seedText(SEED.s001), SEED.s001).samples.map(key);
    expect(new Set(keys).size).toBe(10);
  });
});
