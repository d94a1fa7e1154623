import { describe, expect, it } from 'vitest';
import { landingMatch, matchCounter, stepMatch } from '../../../src/lib/search/landing.ts';
import { occurrences, sampleHits, sectionAt } from '../../../src/lib/search/matches.ts';
import { seedRecords } from './corpus.ts';

describe('landing on a match', () => {
  it('lands on the first match at or after where the linked section starts', () => {
    expect(landingMatch([3, 10, 20], 0)).toBe(0);
    expect(landingMatch([3, 10, 20], 3)).toBe(0);
    expect(landingMatch([3, 10, 20], 4)).toBe(1);
    expect(landingMatch([3, 10, 20], 20)).toBe(2);
    // A section after every match (a stale link): the nearest match, the last.
    expect(landingMatch([3, 10, 20], 21)).toBe(2);
  });

  it("lands every result link of the seed samples on its section's first match", () => {
    let links = 0;
    for (const { record } of seedRecords()) {
      for (const phrase of ['工作', '以文辅政', '。', 'XX']) {
        const starts = occurrences(record.text, phrase);
        for (const hit of sampleHits(record.meta, record.text, phrase).sections) {
          const landed = starts[landingMatch(starts, hit.section.start)]!;
          // The match landed on is in the linked section, and no match of that section comes before it.
          expect(sectionAt(record.meta.sections, landed)).toBe(hit.section);
          expect(starts.filter((s) => s >= hit.section.start && s < landed)).toEqual([]);
          // It is the match the result's excerpt shows.
          expect(record.text.slice(landed - hit.excerpt.before.length, landed)).toBe(hit.excerpt.before);
          links++;
        }
      }
    }
    expect(links).toBeGreaterThan(50);
  });

  it('steps forwards and backwards, wrapping around at either end', () => {
    expect(stepMatch(0, 3, 1)).toBe(1);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(1, 3, -1)).toBe(0);
    expect(stepMatch(0, 1, 1)).toBe(0);
    expect(stepMatch(0, 1, -1)).toBe(0);
    // Going round once in either direction comes back to the start.
    let k = 1;
    for (let i = 0; i < 5; i++) k = stepMatch(k, 5, 1);
    expect(k).toBe(1);
    for (let i = 0; i < 5; i++) k = stepMatch(k, 5, -1);
    expect(k).toBe(1);
  });

  it('counts from one', () => {
    expect(matchCounter(0, 5)).toEqual({ shown: '1 / 5', spoken: '第 1 处，共 5 处' });
    expect(matchCounter(4, 5).shown).toBe('5 / 5');
  });
});
