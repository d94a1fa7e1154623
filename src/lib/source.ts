import { inferMetadata, titleLevel, type Metadata } from './import/metadata.ts';
import { givenTitle } from './import/title.ts';
import { checkReadSize, checkSize, MAX_SOURCE_BYTES } from './import/size.ts';
import { splitSource, type RawSample, type SplitSource } from './import/split.ts';
import { analyzeStructure } from './structure/analyze.ts';
import type { ReadText } from './read/reader.ts';
import { readTxt } from './read/txt.ts';
import type { AnomalyKind, Role, Structure } from './structure/model.ts';

/** The engine's whole view of one sample: where it is, its metadata and its structure. */
export interface SampleAnalysis {
  raw: RawSample;
  metadata: Metadata;
  structure: Structure;
}

/** Structure first, since metadata reads the outline and parts (period, hasPlan). */
export function analyzeSample(raw: RawSample): SampleAnalysis {
  const structure = structureOf({ titleLines: raw.titleLines, text: raw.body, source: { bodyStart: raw.bodyStart } });
  return { raw, metadata: inferMetadata(raw, structure), structure };
}

/** The structure of an imported sample's body, as `analyzeSample` finds it. */
export function structureOf(sample: { titleLines: string[]; text: string; source: { bodyStart: number } }): Structure {
  const title = givenTitle(sample.titleLines);
  return analyzeStructure(sample.text, {
    firstLine: sample.source.bodyStart,
    title: title === null ? null : { text: title, level: titleLevel(title) },
  });
}

/**
 * Split a source's text as its reader read it, then analyze each sample. Throws an ImportError
 * naming file and line, also for text over `maxBytes` in UTF-8.
 */
export function analyzeRead(
  read: ReadText,
  file: string,
  maxBytes: number = MAX_SOURCE_BYTES,
): { split: SplitSource; samples: SampleAnalysis[] } {
  checkReadSize(read, file, maxBytes);
  const split = splitSource(read.text, file);
  return { split, samples: split.samples.map(analyzeSample) };
}

/**
 * Decode and split a text file, then analyze each sample. Throws an ImportError naming file
 * and line, also for a file over `maxBytes` (`bench:robust` lifts the limit to measure past it).
 */
export function analyzeSource(
  bytes: Uint8Array,
  file: string,
  maxBytes: number = MAX_SOURCE_BYTES,
): { split: SplitSource; samples: SampleAnalysis[] } {
  checkSize(bytes, file, maxBytes);
  return analyzeRead(readTxt(bytes, file), file, maxBytes);
}

/** The `analyze --json` object for one sample: a stable interface, documented in the README. */
export interface AnalysisJson {
  title: string | null;
  titleInferred: boolean;
  level: Metadata['level'];
  perspective: Metadata['perspective'];
  organ: string | null;
  year: number | null;
  period: Metadata['period'];
  hasPlan: boolean;
  genre: Metadata['genre'];
  outline: Array<{ depth: number; marker: string; text: string; inline: boolean; role: Role; line: number }>;
  parts: Array<{ role: Role; line: number }>;
  anomalies: Array<{ kind: AnomalyKind; line: number | null; detail: string }>;
}

export function analysisJson({ metadata: m, structure: s }: SampleAnalysis): AnalysisJson {
  return {
    title: m.title,
    titleInferred: m.titleInferred,
    level: m.level,
    perspective: m.perspective,
    organ: m.organ,
    year: m.year,
    period: m.period,
    hasPlan: m.hasPlan,
    genre: m.genre,
    outline: s.outline.map(({ depth, marker, text, inline, role, line }) => ({ depth, marker, text, inline, role, line })),
    parts: s.parts.map(({ role, line }) => ({ role, line })),
    anomalies: s.anomalies.map(({ kind, lines, detail }) => ({ kind, line: lines[0] ?? null, detail })),
  };
}
