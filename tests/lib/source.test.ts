/**
 * The engine on inputs that once froze it (issue 14; the families of `npm run bench:robust`):
 * each is analyzed to a sensible result, and its cost grows in proportion to its size. Cost is
 * counted, never timed: the number of times each block of engine code runs (V8's precise
 * coverage) plus the characters each regular expression search passes over.
 */
import { Session } from 'node:inspector/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILIES, type Family } from '../../scripts/bench/pathological.ts';
import { ImportError } from '../../src/lib/import/errors.ts';
import { checkDraft } from '../../src/lib/check/report.ts';
import { analyzeSource, type SampleAnalysis } from '../../src/lib/source.ts';
import { importErrorOf } from './import/helpers.ts';

// Counting starts before any engine function is first called, so that V8 compiles every one
// of them with a counter on each block.
const session = new Session();
beforeAll(async () => {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
});
afterAll(async () => {
  await session.post('Profiler.stopPreciseCoverage');
  session.disconnect();
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const family = (name: string) => FAMILIES.find((f) => f.name === name)!;
/** A family at a small size: about a hundredth of the size it froze at. */
const small = (f: Family, times = 1) => f.make(Math.max(2, Math.round(f.n / 100)) * times);
/** A family at the size it froze at, where a pattern backtracked: minutes then, at once now. */
const full = (f: Family) => f.make(f.n);

/** What holds of every analysis: parts tile the body in order, headings lie on their lines. */
function expectSound({ raw, structure }: SampleAnalysis): void {
  const { body } = raw;
  const lines = body.split('\n');
  if (body.trim() !== '') {
    expect(structure.parts[0]!.start).toBe(0);
    expect(structure.parts.at(-1)!.end).toBe(body.length);
  }
  structure.parts.forEach((p, k) => k > 0 && expect(p.start).toBe(structure.parts[k - 1]!.end));
  for (const h of structure.outline) {
    expect(lines[h.line - raw.bodyStart]).toContain(h.marker);
    expect(h.sectionEnd).toBeGreaterThanOrEqual(h.textEnd);
    expect(h.depth).toBeGreaterThanOrEqual(1);
  }
}

function analyzed(text: string): SampleAnalysis[] {
  const { samples } = analyzeSource(utf8(text), 'robust.txt');
  samples.forEach(expectSound);
  return samples;
}

describe('each family that froze the engine is analyzed sensibly', () => {
  it('a 目录 whose only entry is a line of spaces: refused, as a 目录 without body', () => {
    const e = importErrorOf(() => analyzeSource(utf8(full(family('toc-spaces'))), 'robust.txt'));
    expect(e).toMatchObject({ line: 1, message: '只有目录，没有正文' });
    // The checker reads it as a body instead, and says why.
    expect(checkDraft(full(family('toc-spaces')), []).problem).toBe('第 1 行：只有目录，没有正文');
  });

  it('`一是甲；` repeated: an inline item each, the second opening an enumeration nested in the first, restarted ever after', () => {
    const [s] = analyzed('一是甲；'.repeat(30));
    const { outline, anomalies } = s!.structure;
    expect(outline.map((h) => `${h.marker}${h.text}@${h.depth}`)).toEqual([
      '一是甲@1',
      ...Array<string>(28).fill('一是甲@2'),
      '一是甲；@2',
    ]);
    expect(outline.every((h) => h.family === 'enum' && h.inline)).toBe(true);
    expect(anomalies.filter((a) => a.kind === 'enumeration-restart')).toHaveLength(1);
    expect(anomalies.filter((a) => a.kind === 'numbering-restart')).toHaveLength(28);
  });

  it('a letter and a run of dots: no headings, one part', () => {
    const [s] = analyzed(full(family('dots')));
    expect(s!.structure.outline).toEqual([]);
    expect(s!.structure.parts.map((p) => p.role)).toEqual(['opening']);
  });

  it('short lines, or lines of punctuation: no headings, the first line the opening and the rest the body', () => {
    for (const text of ['甲。\n'.repeat(300), small(family('punct-lines'))]) {
      const [s] = analyzed(text);
      expect(s!.structure.outline).toEqual([]);
      expect(s!.structure.parts.map((p) => [p.role, p.line])).toEqual([
        ['opening', 1],
        ['achievements', 2],
      ]);
    }
  });

  it('`一、甲` lines: a top-level heading and part each, repeats reported', () => {
    const [s] = analyzed('一、甲\n'.repeat(50));
    expect(s!.structure.outline).toHaveLength(50);
    expect(s!.structure.parts).toHaveLength(50);
    expect(s!.structure.anomalies.filter((a) => a.kind === 'numbering-restart')).toHaveLength(49);
  });

  it('`（一）` lines under one `一、`: all its children, in one section', () => {
    const [s] = analyzed(small(family('siblings')));
    const [top, ...children] = s!.structure.outline;
    expect(children.every((h) => h.parent === 0 && h.depth === 2)).toBe(true);
    expect(top!.sectionEnd).toBe(s!.raw.body.length);
  });

  it('six families nested: six depths, each heading under the one before', () => {
    const [s] = analyzed(small(family('deep-nesting')));
    expect(s!.structure.outline.slice(0, 7).map((h) => h.depth)).toEqual([1, 2, 3, 4, 5, 6, 6]);
  });

  it('marks run together on one line: read as no heading, or as one', () => {
    expect(analyzed(small(family('mark-run')))[0]!.structure.outline).toEqual([]);
    expect(analyzed(small(family('paren-line')))[0]!.structure.outline.map((h) => h.marker)).toEqual(['（一）']);
  });

  it('a summary flattened into one line, repeated: its headings each time', () => {
    const once = analyzed(family('flattened').make(1))[0]!.structure.outline.length;
    expect(analyzed(family('flattened').make(3))[0]!.structure.outline).toHaveLength(3 * once);
  });

  it('an item whose text holds a run of commas keeps its words and drops the separator', () => {
    const [s] = analyzed(full(family('separator-run')));
    expect(s!.structure.outline.map((h) => `${h.marker}${h.text.replace(/，+/gu, '，')}`)).toEqual(['一是甲，乙', '二是丙']);
  });

  it('unclosed quotes, stray spaces, CR line ends, a long first line: analyzed, with the anomalies they carry', () => {
    expect(analyzed(small(family('open-quotes')))[0]!.structure.outline).toEqual([]);
    expect(analyzed(small(family('stray-spaces')))[0]!.structure.anomalies.map((a) => a.kind)).toContain('whitespace');
    expect(analyzed(small(family('crlf')))[0]!.raw.body.includes('\r')).toBe(false);
    expect(analyzed(small(family('long-title')))[0]!.raw.titleLines).toEqual([]);
  });

  it('a 目录 of its own headings, and a compilation of many samples', () => {
    const text = small(family('toc-entries'));
    expect(analyzeSource(utf8(text), 'robust.txt').split.outside.map((o) => o.kind)).toEqual(['toc']);
    expect(analyzed(small(family('many-samples')))).toHaveLength(50);
  });
});

describe('the cost of an analysis grows in proportion to the text', () => {
  const exec = RegExp.prototype.exec;
  let scanned = 0;

  beforeAll(() => {
    // Every search of a pattern, also inside replace, match, matchAll, split and test, goes
    // through `exec`: count the characters it passes over from where it starts.
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const m = exec.call(this, text);
      scanned += 1 + (m ? m.index + m[0].length - from : this.sticky ? 0 : String(text).length - from);
      return m;
    };
  });

  afterAll(() => {
    RegExp.prototype.exec = exec;
  });

  /** Steps the engine takes on `run`: executions of blocks of src/lib code plus characters searched. */
  async function steps(run: () => void): Promise<number> {
    await session.post('Profiler.takePreciseCoverage');
    scanned = 0;
    run();
    const { result } = await session.post('Profiler.takePreciseCoverage');
    let blocks = 0;
    for (const script of result) {
      if (!script.url.includes('/src/lib/')) continue;
      for (const f of script.functions) for (const range of f.ranges) blocks += range.count;
    }
    return blocks + scanned;
  }

  const entries = {
    analyzeSource: (text: string) => () => {
      try {
        analyzeSource(utf8(text), 'robust.txt');
      } catch (e) {
        if (!(e instanceof ImportError)) throw e;
      }
    },
    checkDraft: (text: string) => () => void checkDraft(text, []),
  };

  for (const f of FAMILIES) {
    for (const [entry, run] of Object.entries(entries)) {
      it(`${f.name} through ${entry}: 4× the text costs at most 5× the steps`, async () => {
        const once = await steps(run(small(f)));
        const fourfold = await steps(run(small(f, 4)));
        expect(fourfold / once).toBeLessThanOrEqual(5);
      });
    }
  }
});

describe('texts made of the pieces that froze the engine', () => {
  it('are analyzed, and the analysis holds its invariants', () => {
    const pieces = fc.constantFrom(
      '目录',
      '\n',
      '\r',
      '\r\n',
      ' '.repeat(200),
      '.'.repeat(200),
      '，'.repeat(200),
      '《'.repeat(50),
      '“',
      '”',
      '》',
      '一是甲；',
      '首先，',
      '其次，',
      '一、',
      '（一）',
      '1．',
      '①',
      '——',
      '……12',
      '\t3',
      '本文系投稿，仅供学习参考，请勿照搬照抄！',
      '甲',
      '。',
      'XX',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (list) => {
        const text = list.join('');
        try {
          analyzed(text);
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
        const report = checkDraft(text, []);
        expect(report.outline.every((h) => h.depth >= 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
