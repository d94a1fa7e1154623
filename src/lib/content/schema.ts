import { z } from 'zod';
import { GENRES } from '../import/genre.ts';
import { LEVELS } from '../offices.ts';
import { structureSchema } from '../structure/model.ts';
import { NORMALISATION_KINDS, SOURCE_FORMATS } from '../read/reader.ts';

/** An inclusive 1-based line range in a source file. */
const lineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);

/** Where a sample came from. */
export const sampleSourceSchema = z.object({
  /** The source file name as imported, e.g. `001_2e365b8a14871260.txt`. */
  file: z.string(),
  /** The source record's name, its URL segment under `/sources/`. */
  name: z.string(),
  /** 1-based position inside a compilation; null for a single-sample file. */
  index: z.number().int().positive().nullable(),
  /** Lines the sample occupies, notice and title lines included. */
  lines: lineRange,
  /** First line of the body, which is the sample file's text. */
  bodyStart: z.number().int().positive(),
});

/** Another source's copy of this sample, equal once all whitespace is removed. */
export const duplicateSchema = z.object({
  file: z.string(),
  name: z.string(),
  lines: lineRange,
});

/** One imported sample: the metadata the engine inferred and the verbatim body. */
export const sampleSchema = z.object({
  /** Stable id and URL segment: `001-07` for a compilation's 7th sample, `002` for a single file. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The title as a reader names it (title lines joined), or constructed when the source has none. */
  title: z.string().min(1),
  /** True when the source has no title line and `title` was constructed from the body. */
  titleInferred: z.boolean(),
  /** The title lines exactly as in the source; empty when there are none. */
  titleLines: z.array(z.string()),
  /** The disclaimer line before the sample (`本文系…仅供学习参考…`), kept verbatim; null if none. */
  sourceNote: z.string().nullable(),
  /** Office level of the organ that wrote it; null when neither title nor body names one. */
  level: z.enum(LEVELS).nullable(),
  /** `individual` for a person's own summary, which also belongs to its office's level. */
  perspective: z.enum(['unit', 'individual']),
  /** Short organ name: `县政府办`, `街道党务办`. */
  organ: z.string().nullable(),
  /** The person's role for an individual summary (`主任`, `秘书`). */
  role: z.string().nullable(),
  /** The year summarized; null when the text does not say. */
  year: z.number().int().nullable(),
  /** True when the year comes from the body rather than the title. */
  yearInferred: z.boolean(),
  /** Period summarized. */
  period: z.enum(['annual', 'half-year']).nullable(),
  /** Whether the text has a next-period plan part, headed or not. */
  hasPlan: z.boolean(),
  /**
   * What kind of text it is: `summary` (工作总结, also with a plan attached), `duty-report` (述职报告),
   * `speech` (a leader's 讲话 at a summing-up meeting), `plan` (工作计划 or 要点 alone).
   */
  genre: z.enum(GENRES),
  source: sampleSourceSchema,
  /** Copies of this sample found in other sources, not imported again. */
  duplicates: z.array(duplicateSchema),
  /** Non-whitespace characters of title lines and body: the sample's length as readers count it. */
  chars: z.number().int().nonnegative(),
  /** The body verbatim: every line after the notice and title lines, joined by `\n`. */
  text: z.string(),
});
export type Sample = z.infer<typeof sampleSchema>;

/** A sample as the site's collection holds it: the imported sample and the structure the engine found in its body. */
export const sampleEntrySchema = sampleSchema.extend({
  /** Outline, parts, placeholders and anomalies; line numbers are source-file lines. */
  structure: structureSchema,
});
export type SampleEntry = z.infer<typeof sampleEntrySchema>;

/** One line of a compilation's 目录, linked to the sample it lists. */
export const tocEntrySchema = z.object({
  title: z.string(),
  page: z.number().int().nullable(),
  line: z.number().int().positive(),
  /** Id of the sample this entry lists, or of the existing sample it duplicates. */
  sample: z.string().nullable(),
});

/** Lines of a source that are on no sample page, so the source page shows them. */
export const outsideSchema = z.object({
  /** `toc`: a 目录; `preamble`: blank lines before the first sample; `duplicate`: a sample not imported again. */
  kind: z.enum(['toc', 'preamble', 'duplicate']),
  lines: lineRange,
  /** The lines verbatim, joined by `\n`. */
  text: z.string(),
  /** For `duplicate`: the id of the sample it repeats. */
  duplicateOf: z.string().nullable(),
});

/** What one imported source file held. */
export const sourceSchema = z.object({
  /** URL segment under `/sources/`. */
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  /** The file name as imported. */
  file: z.string(),
  /** The format its reader read it as (src/lib/read/formats.ts); records from before formats are text files. */
  format: z.enum(SOURCE_FORMATS).default('txt'),
  /** A text file's encoding; null for the other formats, whose readers decode them. */
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']).nullable(),
  bom: z.boolean(),
  lineEnding: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  /** What the reader changed so that the text reads as the file shows it (src/lib/read/reader.ts), with counts. */
  normalisations: z.array(z.object({ kind: z.enum(NORMALISATION_KINDS), count: z.number().int().positive() })).default([]),
  /** A saved page's address, http or https only (the source page links to it); null for other sources. */
  url: z
    .string()
    .regex(/^https?:\/\/\S+$/)
    .nullable()
    .default(null),
  /**
   * Where the lines came from in a paged or paragraphed file: each `[line, n]` says that from
   * `line` on the lines come from page (or paragraph) `n`. Null for text files and saved pages.
   */
  origins: z
    .object({ unit: z.enum(['page', 'paragraph']), runs: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])) })
    .nullable()
    .default(null),
  bytes: z.number().int().nonnegative(),
  lineCount: z.number().int().nonnegative(),
  finalNewline: z.boolean(),
  kind: z.enum(['single', 'compilation']),
  /** Every sample found in the file, in order, imported or not. */
  samples: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      lines: lineRange,
      /** Null when imported; else the id of the existing sample it repeats. */
      duplicateOf: z.string().nullable(),
    }),
  ),
  toc: z.array(tocEntrySchema),
  outside: z.array(outsideSchema),
});
export type Source = z.infer<typeof sourceSchema>;

/** A writing guide's front matter (`src/content/guides/<slug>.mdx`; the slug is the file name). */
export const guideSchema = z.object({
  /** The guide's title as readers see it: the page's h1 and its name in lists (`工作总结的结构`). */
  title: z.string().min(1),
  /** One or two sentences on what the guide teaches: the page's meta description and the line under its name in lists. */
  description: z.string().min(1),
  /** Position in lists of guides, ascending; the order a newcomer should read them in. */
  order: z.number().int(),
});
export type Guide = z.infer<typeof guideSchema>;
