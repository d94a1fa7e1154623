import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_PATH, sourceDate } from '../../src/build/sourceDate.ts';

describe('the date a build stands for', () => {
  it('is SOURCE_DATE_EPOCH when set', () => {
    expect(sourceDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(() => sourceDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('is the last commit’s time otherwise, not the clock’s', () => {
    const commit = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
    expect(sourceDate({}).getTime()).toBe(commit * 1000);
  });
});

describe('the date of the code', () => {
  it('is the last commit that changed something outside the collection', () => {
    const root = mkdtempSync(join(tmpdir(), 'fanwenku-date-'));
    try {
      const git = (args: string[], date?: string) =>
        execFileSync('git', args, {
          cwd: root,
          env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
          stdio: 'ignore',
        });
      git(['init', '-q']);
      git(['config', 'user.email', 'test@example.org']);
      git(['config', 'user.name', 'test']);
      const commit = (file: string, date: string) => {
        mkdirSync(join(root, file, '..'), { recursive: true });
        writeFileSync(join(root, file), date);
        git(['add', '-A']);
        git(['commit', '-q', '-m', file], date);
      };
      commit('src/lib/engine.ts', '2026-01-01T00:00:00Z');
      commit(`${CONTENT_PATH}/samples/a.txt`, '2026-02-01T00:00:00Z');
      expect(sourceDate({}, { root }).toISOString()).toBe('2026-02-01T00:00:00.000Z');
      expect(sourceDate({}, { root, outside: CONTENT_PATH }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
      commit('src/lib/engine.ts', '2026-03-01T00:00:00Z');
      expect(sourceDate({}, { root, outside: CONTENT_PATH }).toISOString()).toBe('2026-03-01T00:00:00.000Z');
      // SOURCE_DATE_EPOCH still wins.
      expect(sourceDate({ SOURCE_DATE_EPOCH: '1700000000' }, { root, outside: CONTENT_PATH }).toISOString()).toBe(
        '2023-11-14T22:13:20.000Z',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
