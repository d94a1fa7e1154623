import type { Sample, Source } from '../content/schema.ts';
import { fingerprint } from './dedupe.ts';
import { ImportError, type Diagnostic } from './errors.ts';
import { sampleId, sourceName } from './ids.ts';
import { analyzeSample } from '../source.ts';
import { isNotice } from './notice.ts';
import { checkReadSize, checkSize } from './size.ts';
import { splitSource, type RawSample, type SplitSource } from './split.ts';
import { compareIds } from '../content/order.ts';
import type { ReadText } from '../read/reader.ts';
import { readTxt } from '../read/txt.ts';

export interface SourceInput {
  /** File name as it should be recorded (no directories). */
  file: string;
  bytes: Uint8Array;
  /**
   * The file as its format's reader read it (`readSource`, which is asynchronous); when absent the
   * bytes are read as a text file.
   */
  read?: ReadText;
}

export interface Collection {
  samples: Sample[];
  sources: Source[];
}

export interface ImportResult {
  /** The whole collection after the import; equal to the input collection when `errors` is not empty. */
  collection: Collection;
  errors: Diagnostic[];
  /** Duplicates found and not imported (`重复`), one per sample. */
  duplicates: Diagnostic[];
  /** Ids of samples added or rewritten by this import. */
  imported: string[];
}

/** A duplicate's recorded text without its notice line: what its fingerprint is taken of. */
function withoutNotice(text: string): string {
  const [first, ...rest] = text.split('\n');
  return first !== undefined && isNotice(first) ? rest.join('\n') : text;
}

/** A source's lines `lines[0]..lines[1]` verbatim, rebuilt from the sample's pieces. */
export function rawText(raw: RawSample): string {
  const pieces = [...(raw.sourceNote === null ? [] : [raw.sourceNote]), ...raw.titleLines];
  if (raw.bodyStart <= raw.lines[1]) pieces.push(raw.body);
  return pieces.join('\n');
}

/** `[line, n]` wherever the page or paragraph `n` of a line differs from the line before's. */
function runsOf(places: readonly number[]): [number, number][] {
  return places.flatMap((n, i) => (i > 0 && places[i - 1] === n ? [] : [[i + 1, n] as [number, number]]));
}

/** A file name as a case-insensitive, normalising file system compares it. */
const fileKey = (file: string): string => file.normalize('NFC').toLowerCase();

interface Parsed {
  input: SourceInput;
  name: string;
  read: ReadText;
  split: SplitSource;
}

interface Candidate {
  parsed: Parsed;
  raw: RawSample;
  id: string;
  order: number;
}

/**
 * Add sources to a collection. A source imported again replaces the samples it produced
 * before. A sample equal to another once whitespace is removed is kept once: an existing
 * sample wins, then a copy that carries its source note, then the first in input order.
 * Pure: no file system access; any error leaves the collection as it was.
 */
export function importSources(inputs: readonly SourceInput[], existing: Collection): ImportResult {
  const errors: Diagnostic[] = [];
  const parsed: Parsed[] = [];
  // A source name is its record's file name, and two file names equal once case-folded and in
  // NFC are one file on macOS and Windows: either would make two sources share or swap a record.
  // Checked against the whole collection; a file imported again is its own source.
  const collected = new Set(existing.sources.map((s) => s.file));
  const byName = new Map(existing.sources.map((s) => [s.name, s.file]));
  const byFileKey = new Map(existing.sources.map((s) => [fileKey(s.file), s.file]));
  const seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(input.file)) continue;
    seen.add(input.file);
    const name = sourceName(input.file);
    const sameName = byName.get(name);
    const sameKey = byFileKey.get(fileKey(input.file));
    const clash = [sameName, sameKey].find((f) => f !== undefined && f !== input.file);
    if (clash !== undefined) {
      const whose = collected.has(clash) ? `已收录的 ${clash}` : ` ${clash}`;
      const what = clash === sameName ? `得到相同的来源名 ${name}` : '的文件名只差大小写或 Unicode 写法';
      errors.push(new ImportError(input.file, 1, `与${whose} ${what}，请改名后再导入`));
      continue;
    }
    byName.set(name, input.file);
    byFileKey.set(fileKey(input.file), input.file);
    try {
      if (input.read === undefined || input.read.format === 'txt') checkSize(input.bytes, input.file);
      const read = input.read ?? readTxt(input.bytes, input.file);
      checkReadSize(read, input.file);
      parsed.push({ input, name, read, split: splitSource(read.text, input.file) });
    } catch (e) {
      if (e instanceof ImportError) errors.push(e);
      else throw e;
    }
  }
  const failed = (): ImportResult => ({ collection: existing, errors, duplicates: [], imported: [] });
  if (errors.length > 0) return failed();

  const replaced = new Set(parsed.map((p) => p.input.file));
  const keptSources = existing.sources.filter((s) => !replaced.has(s.file));
  const keptSamples = existing.samples
    .filter((s) => !replaced.has(s.source.file))
    .map((s) => ({ ...s, duplicates: s.duplicates.filter((d) => !replaced.has(d.file)) }));

  const candidates: Candidate[] = parsed
    .flatMap((p) => p.split.samples.map((raw) => ({ parsed: p, raw, id: sampleId(p.input.file, raw.index) })))
    .map((c, order) => ({ ...c, order }));

  const idOwner = new Map(keptSamples.map((s) => [s.id, s.source.file]));
  for (const c of candidates) {
    const owner = idOwner.get(c.id);
    if (owner !== undefined && owner !== c.parsed.input.file)
      errors.push(new ImportError(c.parsed.input.file, c.raw.lines[0], `编号 ${c.id} 已被 ${owner} 的一篇占用，请改名后再导入`));
    idOwner.set(c.id, c.parsed.input.file);
  }
  if (errors.length > 0) return failed();

  const byFingerprint = new Map<string, Sample>(keptSamples.map((s) => [fingerprint(s.titleLines.join('') + s.text), s]));
  const newSamples = new Map<Candidate, Sample>();
  const duplicateOf = new Map<Candidate, Sample>();
  const ranked = [...candidates].sort((a, b) => Number(b.raw.sourceNote !== null) - Number(a.raw.sourceNote !== null) || a.order - b.order);
  for (const c of ranked) {
    const fp = fingerprint(c.raw.titleLines.join('') + c.raw.body);
    const same = byFingerprint.get(fp);
    if (same) {
      duplicateOf.set(c, same);
      continue;
    }
    const sample: Sample = {
      id: c.id,
      ...analyzeSample(c.raw).metadata,
      titleLines: c.raw.titleLines,
      sourceNote: c.raw.sourceNote,
      source: { file: c.parsed.input.file, name: c.parsed.name, index: c.raw.index, lines: c.raw.lines, bodyStart: c.raw.bodyStart },
      duplicates: [],
      chars: fp.length,
      text: c.raw.body,
    };
    byFingerprint.set(fp, sample);
    newSamples.set(c, sample);
  }

  const duplicates: Diagnostic[] = [];
  for (const c of candidates) {
    const kept = duplicateOf.get(c);
    if (!kept) continue;
    kept.duplicates.push({ file: c.parsed.input.file, name: c.parsed.name, lines: c.raw.lines });
    duplicates.push({
      file: c.parsed.input.file,
      line: c.raw.lines[0],
      message: `重复：这一篇（第 ${c.raw.lines[0]}–${c.raw.lines[1]} 行）与已收录的 ${kept.id}《${kept.title}》（${kept.source.file} 第 ${kept.source.lines[0]}–${kept.source.lines[1]} 行）去掉空白后完全相同，未重复收录`,
    });
  }

  const sources: Source[] = parsed.map((p) => {
    const mine = candidates.filter((c) => c.parsed === p);
    const idAt = (c: Candidate) => newSamples.get(c)?.id ?? duplicateOf.get(c)!.id;
    return {
      name: p.name,
      file: p.input.file,
      format: p.read.format,
      encoding: p.read.encoding,
      bom: p.read.bom,
      lineEnding: p.read.lineEnding,
      normalisations: p.read.normalisations,
      // A page may name any scheme; only a web address is a link a reader can follow safely.
      url: p.read.url !== null && /^https?:\/\/\S+$/.test(p.read.url) ? p.read.url : null,
      origins: p.read.origins && { unit: p.read.origins.unit, runs: runsOf(p.read.origins.of) },
      bytes: p.input.bytes.length,
      lineCount: p.split.lineCount,
      finalNewline: p.split.finalNewline,
      kind: p.split.kind,
      samples: mine.map((c) => ({
        id: idAt(c),
        title: newSamples.get(c)?.title ?? duplicateOf.get(c)!.title,
        lines: c.raw.lines,
        duplicateOf: duplicateOf.get(c)?.id ?? null,
      })),
      // splitSource checked that the 目录 lists exactly these samples, in order.
      toc: p.split.toc.map((entry, i) => ({ ...entry, sample: mine[i] ? idAt(mine[i]) : null })),
      outside: [
        ...p.split.outside.map((o) => ({ ...o, duplicateOf: null })),
        ...mine
          .filter((c) => duplicateOf.has(c))
          .map((c) => ({ kind: 'duplicate' as const, lines: c.raw.lines, text: rawText(c.raw), duplicateOf: duplicateOf.get(c)!.id })),
      ].sort((a, b) => a.lines[0] - b.lines[0]),
    };
  });

  const samples = [...keptSamples, ...newSamples.values()];
  const byIdAfter = new Map(samples.map((s) => [s.id, s]));
  // Copies recorded by sources not imported again stay attached to the sample they repeat,
  // also when that sample was just rewritten; they must still repeat it.
  for (const s of keptSources) {
    for (const o of s.outside) {
      if (o.duplicateOf === null) continue;
      const target = byIdAfter.get(o.duplicateOf);
      if (!target) {
        errors.push(
          new ImportError(
            s.file,
            o.lines[0],
            `这一篇曾作为 ${o.duplicateOf} 的重复记录，但 ${o.duplicateOf} 已不在导入结果中；请把 ${s.file} 一并重新导入`,
          ),
        );
        continue;
      }
      if (fingerprint(withoutNotice(o.text)) !== fingerprint(target.titleLines.join('') + target.text)) {
        errors.push(
          new ImportError(
            s.file,
            o.lines[0],
            `这一篇曾作为 ${o.duplicateOf} 的重复记录，但 ${o.duplicateOf} 的文字已经改变；请把 ${s.file} 一并重新导入`,
          ),
        );
        continue;
      }
      if (!target.duplicates.some((d) => d.file === s.file && d.lines[0] === o.lines[0]))
        target.duplicates.push({ file: s.file, name: s.name, lines: o.lines });
    }
  }
  if (errors.length > 0) return failed();
  // The same copies in the same order, whichever sources this import touched.
  for (const s of samples) s.duplicates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.lines[0] - b.lines[0]));

  const byFile = (a: Source, b: Source) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    collection: { samples: samples.sort(compareIds), sources: [...keptSources, ...sources].sort(byFile) },
    errors,
    duplicates,
    imported: [...newSamples.values()].map((s) => s.id).sort(),
  };
}
