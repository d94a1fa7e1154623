/**
 * Text as it arrives from other sites: half-width punctuation, a document flattened into one
 * line, a hard-wrapped PDF extract, full-width digits, traditional characters, a site's
 * `第N篇` before the title, a 目录 before the title, and words that only look like marks.
 *
 * Each case is `tests/fixtures/noisy/<case>.txt` (invented text, not taken from the seeds)
 * with `<case>.expected.json`: what it exercises (`what`), where the sample sits in the file
 * (`source`), its metadata, its whole outline and parts, and the exact set of anomaly kinds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysisJson, analyzeSource, type AnalysisJson } from '../../../src/lib/source.ts';
import { rawText } from '../../../src/lib/import/importer.ts';
import { fold } from '../../../src/lib/structure/fold.ts';
import { outlineOf, structure } from './helpers.ts';

const DIR = fileURLToPath(new URL('../../fixtures/noisy/', import.meta.url));
const CASES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();

interface Expected {
  what: string;
  source: { outside: Array<{ kind: string; lines: [number, number] }>; lines: [number, number]; titleLines: string[]; bodyStart: number };
  title: string | null;
  titleInferred: boolean;
  level: AnalysisJson['level'];
  perspective: AnalysisJson['perspective'];
  organ: string | null;
  year: number | null;
  period: AnalysisJson['period'];
  hasPlan: boolean;
  genre: AnalysisJson['genre'];
  outline: AnalysisJson['outline'];
  parts: AnalysisJson['parts'];
  anomalies: string[];
}

const bytesOf = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}.txt`));
const textOf = (name: string) => readFileSync(`${DIR}${name}.txt`, 'utf8');
const expectedOf = (name: string): Expected => JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8'));
const analyzed = (bytes: Uint8Array, file: string) => {
  const result = analyzeSource(bytes, file);
  return { ...result, json: result.samples.map(analysisJson) };
};
const utf8 = (s: string) => new TextEncoder().encode(s);
const METADATA = ['title', 'titleInferred', 'level', 'perspective', 'organ', 'year', 'period', 'hasPlan', 'genre'] as const;
const metadataOf = (x: Pick<Expected, (typeof METADATA)[number]>) => Object.fromEntries(METADATA.map((k) => [k, x[k]]));
const unwrap = (s: string) => s.replace(/\n[ \t\u3000\u00a0]*/gu, '');

it('has the cases the noisy fixtures README promises', () => {
  expect(CASES).toEqual([
    'body-level',
    'date-line',
    'flattened',
    'flattened-indent',
    'flattened-title',
    'fullwidth-digits',
    'half-width',
    'not-headings',
    'numbered-title',
    'numbered-title-line',
    'organ-after-year',
    'outline-before-title',
    'pdf-double-spaced',
    'pdf-spaces',
    'pdf-wrapped',
    'run-in',
    'speech',
    'title-remark',
    'toc-before-title',
    'toc-no-header',
    'traditional',
  ]);
});

describe.each(CASES)('%s', (name) => {
  const expected = expectedOf(name);
  const text = textOf(name);
  const { split, samples, json } = analyzed(bytesOf(name), `${name}.txt`);
  const [sample] = json;

  it('is one sample, placed where expected, with nothing lost', () => {
    expect(expected.what.length).toBeGreaterThan(0);
    expect(split.kind).toBe('single');
    expect(samples).toHaveLength(1);
    const raw = samples[0]!.raw;
    expect({
      outside: split.outside.map((o) => ({ kind: o.kind, lines: o.lines })),
      lines: raw.lines,
      titleLines: raw.titleLines,
      bodyStart: raw.bodyStart,
    }).toEqual(expected.source);
    const rebuilt = [...split.outside.map((o) => o.text), rawText(raw)].join('\n') + (split.finalNewline ? '\n' : '');
    expect(rebuilt).toBe(text);
  });

  it('has the expected metadata', () => {
    expect(metadataOf(sample!)).toEqual(metadataOf(expected));
  });

  it('has the expected outline', () => {
    expect(sample!.outline).toEqual(expected.outline);
  });

  it('has the expected parts', () => {
    expect(sample!.parts).toEqual(expected.parts);
  });

  it('has exactly the expected anomaly kinds', () => {
    expect([...new Set(sample!.anomalies.map((a) => a.kind))].sort()).toEqual([...expected.anomalies].sort());
  });

  it('quotes every heading from the line of its mark, without line breaks', () => {
    const lines = text.split('\n');
    const flat = unwrap(text);
    for (const h of sample!.outline) {
      expect(h.text).not.toMatch(/\n/u);
      expect(lines[h.line - 1]).toContain(h.marker);
      expect(flat).toContain(h.marker + h.text);
    }
  });
});

describe('half-width: the same outline as the full-width version', () => {
  const HALF_TO_FULL: Record<string, string> = { '(': '（', ')': '）', ',': '，', ';': '；', ':': '：' };
  const toFull = (s: string) => s.replace(/[(),;:]/gu, (c) => HALF_TO_FULL[c]!).replace(/"([^"\n]*)"/gu, '“$1”');
  const half = analyzed(bytesOf('half-width'), 'half-width.txt').json[0]!;
  const full = analyzed(utf8(toFull(textOf('half-width'))), 'full-width.txt').json[0]!;

  it('has the same headings, depths, roles and parts, with the punctuation as written', () => {
    expect(half.outline.map((h) => ({ ...h, marker: toFull(h.marker), text: toFull(h.text) }))).toEqual(full.outline);
    expect(half.parts).toEqual(full.parts);
    expect(metadataOf(half)).toEqual(metadataOf(full));
  });

  it('flags the half-width punctuation only in the half-width version', () => {
    expect(half.anomalies.map((a) => a.kind)).toContain('punctuation');
    expect(full.anomalies.map((a) => a.kind)).not.toContain('punctuation');
  });
});

describe('flattened: what a line with no separators cannot tell', () => {
  // A whole-line heading followed directly by unnumbered body text: nothing marks where the
  // heading ends, so the heading takes in the body up to the first 。 (here the body is one
  // sentence, so it even reads as whole-line). A closing paragraph after the last item runs
  // on inside that item. The fixture avoids both; these expectations document the limit.
  const line =
    'XX县政府办公室2020年工作总结2020年，我办认真履职，现总结如下：一、主要工作全年共办文XX件。（一）办文。审核文件XX件。（二）办会。筹备会议XX次。二、存在的问题服务意识有待增强。三、2021年工作打算（一）加强学习。坚持集中学习。（二）改进作风。深入基层。新的一年，我们将继续努力，再创佳绩。';
  const s = structure(line, null);

  it('cuts at every mark and keeps depths', () => {
    expect(outlineOf(s)).toEqual([
      '一、主要工作全年共办文XX件。@1',
      '（一）办文@2i',
      '（二）办会@2i',
      '二、存在的问题服务意识有待增强。@1',
      '三、2021年工作打算@1',
      '（一）加强学习@2i',
      '（二）改进作风@2i',
    ]);
  });

  it('keeps the roles of the parts, with the closing inside the last item', () => {
    expect(s.parts.map((p) => p.role)).toEqual(['opening', 'achievements', 'problems', 'plans']);
  });

  it('tells them apart when the paragraphs keep their indentation (flattened-indent)', () => {
    const indented = structure(
      line.replace(/(工作总结|如下：|主要工作|件。|次。|的问题|增强。|工作打算|学习。|基层。)(?=.)/gu, '$1\u3000\u3000'),
      null,
    );
    expect(outlineOf(indented).slice(0, 1)).toEqual(['一、主要工作@1']);
    expect(outlineOf(indented)).toContain('二、存在的问题@1');
    expect(indented.parts.map((p) => p.role)).toEqual(['opening', 'achievements', 'problems', 'plans', 'closing']);
  });
});

describe('traditional and full-width: the same structure as the folded text', () => {
  it.each(['traditional', 'fullwidth-digits'])('%s', (name) => {
    const written = analyzed(bytesOf(name), `${name}.txt`).json[0]!;
    const folded = analyzed(utf8(fold(textOf(name))), `${name}-folded.txt`).json[0]!;
    const shape = (a: AnalysisJson) => ({
      outline: a.outline.map(({ depth, marker, inline, role, line }) => ({ depth, marker: fold(marker), inline, role, line })),
      parts: a.parts,
      level: a.level,
      year: a.year,
      period: a.period,
      hasPlan: a.hasPlan,
    });
    expect(shape(written)).toEqual(shape(folded));
  });
});

describe('numbered titles', () => {
  it('keeps the 第N篇 line as written among the title lines but not in the title or the outline', () => {
    for (const name of ['numbered-title', 'numbered-title-line']) {
      const { samples, json } = analyzed(bytesOf(name), `${name}.txt`);
      expect(samples[0]!.raw.titleLines[0]).toMatch(/^第\d篇/u);
      expect(json[0]!.title).not.toMatch(/第\d篇/u);
      expect(json[0]!.outline.some((h) => /第\d篇/u.test(h.marker + h.text))).toBe(false);
    }
  });
});

describe('a 目录 before the title', () => {
  it('keeps the 目录 verbatim as the outside block and reads no heading from it', () => {
    for (const name of ['toc-before-title', 'toc-no-header', 'outline-before-title']) {
      const { split, json } = analyzed(bytesOf(name), `${name}.txt`);
      const [toc] = split.outside;
      expect(toc!.text).toBe(textOf(name).split('\n').slice(0, toc!.lines[1]).join('\n'));
      expect(json[0]!.outline.every((h) => h.line > toc!.lines[1])).toBe(true);
      expect(split.toc).toEqual([]);
    }
  });
});

describe('metadata read past the text as written', () => {
  it('pdf-spaces: keeps the spaces in the title lines and the body, reads the metadata without them', () => {
    const { samples, json } = analyzed(bytesOf('pdf-spaces'), 'pdf-spaces.txt');
    expect(samples[0]!.raw.titleLines.join('')).toContain('2023 年');
    expect(samples[0]!.raw.body).toContain('X 县');
    expect(json[0]!.title).toBe(json[0]!.title!.replace(/ /gu, ''));
  });

  it('date-line: the same text dated in the summer covers the year of its date', () => {
    const summer = textOf('date-line').replace('(2019年1月8日)', '(2019年7月8日)');
    expect(analyzed(utf8(summer), 'summer.txt').json[0]!.year).toBe(2019);
  });

  it('flattened-title: with a title line of its own the title is the same, given', () => {
    const line = textOf('flattened-title');
    const title = analyzed(bytesOf('flattened-title'), 'flattened-title.txt').json[0]!.title!;
    const given = analyzed(utf8(`${title}\n${line.slice(title.length)}`), 'given.txt').json[0]!;
    expect(given).toMatchObject({ title, titleInferred: false });
    expect(metadataOf({ ...given, titleInferred: true })).toEqual(metadataOf(expectedOf('flattened-title')));
  });
});

describe('pdf-wrapped, generalised: any fixture hard-wrapped at any width reads as unwrapped', () => {
  // Wrap each paragraph line after the title at `width` (CJK characters count 2), letting
  // closing punctuation hang at the line end as typesetters do; with `indent`, every
  // paragraph opens with 　　 as in GB/T 9704 layouts.
  const HANG = '，。、；：？！”）';
  const cjkWidth = (c: string) => (c.charCodeAt(0) > 0x2e7f ? 2 : 1);
  const indented = (text: string) =>
    text
      .split('\n')
      .map((l, i) => (i === 0 || l === '' ? l : `\u3000\u3000${l}`))
      .join('\n');
  function wrap(text: string, width: number): string {
    const out: string[] = [];
    text
      .replace(/\n$/u, '')
      .split('\n')
      .forEach((p, i) => {
        if (i === 0) return out.push(p);
        let line = '';
        let w = 0;
        for (const c of p) {
          if (w + cjkWidth(c) > width && !HANG.includes(c)) {
            out.push(line);
            line = '';
            w = 0;
          }
          line += c;
          w += cjkWidth(c);
        }
        return out.push(line);
      });
    return `${out.join('\n')}\n`;
  }
  const shape = (a: AnalysisJson) => ({
    title: a.title,
    outline: a.outline.map(({ depth, marker, text, inline, role }) => ({ depth, marker, text, inline, role })),
    parts: a.parts.map((p) => p.role),
    anomalies: [...new Set(a.anomalies.map((x) => x.kind))].sort(),
  });
  const of = (text: string) => shape(analyzed(utf8(text), 'wrapped.txt').json[0]!);
  const WIDTHS = Array.from({ length: 18 }, (_, i) => 50 + 2 * i);

  it.each(['half-width', 'fullwidth-digits', 'traditional', 'numbered-title', 'numbered-title-line', 'run-in'])(
    '%s, indented, at widths 50–84',
    (name) => {
      const text = indented(textOf(name));
      const unwrapped = of(text);
      for (const width of WIDTHS) expect({ width, ...of(wrap(text, width)) }).toEqual({ width, ...unwrapped });
    },
  );

  // Without indentation a paragraph whose last line happens to be full runs on into the next
  // one when that one opens with no mark: a closing paragraph joins the last plan item
  // (run-in at 60 and 62 characters, traditional from 78). These cases have none such.
  it.each(['half-width', 'fullwidth-digits', 'not-headings', 'numbered-title', 'numbered-title-line'])(
    '%s, flush, at widths 50–84',
    (name) => {
      const text = textOf(name);
      const unwrapped = of(text);
      for (const width of WIDTHS) expect({ width, ...of(wrap(text, width)) }).toEqual({ width, ...unwrapped });
    },
  );
});

describe('flattened, generalised: any fixture joined into one line', () => {
  const shape = (a: AnalysisJson) => ({
    outline: a.outline.map(({ depth, marker, text, inline, role }) => ({ depth, marker, text, inline, role })),
    parts: a.parts.map((p) => p.role),
  });
  const of = (text: string) => shape(analyzed(utf8(text), 'flat.txt').json[0]!);
  const lines = (name: string) => textOf(name).replace(/\n$/u, '').split('\n');

  it.each(['half-width', 'fullwidth-digits', 'traditional', 'not-headings', 'run-in', 'numbered-title'])(
    '%s: paragraphs joined by their 　　 indentation read as the lines did',
    (name) => {
      expect(of(`\u3000\u3000${lines(name).join('\u3000\u3000')}`)).toEqual(of(textOf(name)));
    },
  );

  // With no separator at all the closing paragraph runs on inside the last item (see above),
  // so only the outline is compared.
  it.each(['traditional', 'numbered-title'])(
    '%s: joined with no separator at all, a heading running into 一是…二是 is cut before 一是',
    (name) => {
      expect(of(lines(name).join('')).outline).toEqual(of(textOf(name)).outline);
    },
  );
});
