import { parse, stringify } from 'yaml';
import { sampleSchema, sourceSchema, type Sample, type Source } from '../lib/content/schema.ts';

/**
 * Content files. A sample is `<id>.txt`: YAML front matter between `---` lines, then the
 * body verbatim (never Markdown). A source record is `<name>.yaml`.
 */
export const SAMPLE_EXT = '.txt';
export const SOURCE_EXT = '.yaml';

// No anchors: a record must read the same to a person as to the loader.
const YAML_OPTIONS = { lineWidth: 0, version: '1.2', aliasDuplicateObjects: false } as const;

/** Fields are written in schema order, so a file's bytes depend only on its content. */
export function formatSample(sample: Sample): string {
  const { text, ...meta } = sampleSchema.parse(sample);
  return `---\n${stringify(meta, YAML_OPTIONS)}---\n${text}`;
}

/** Parse a sample file; the body starts after the first closing `---` line, so `---` inside it is text. */
export function parseSample(content: string, file: string): Sample {
  const m = /^---\n([\s\S]*?\n)---\n/.exec(content);
  if (!m) throw new Error(`${file}:1: 缺少 YAML 前言（--- … ---）`);
  return sampleSchema.parse({ ...parse(m[1]!), text: content.slice(m[0].length) });
}

export function formatSource(source: Source): string {
  return stringify(sourceSchema.parse(source), YAML_OPTIONS);
}

export function parseSource(content: string): Source {
  return sourceSchema.parse(parse(content));
}
