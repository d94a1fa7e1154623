import { formatOf } from '../read/formats.ts';

/** FNV-1a, to name files whose names have no usable ASCII. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A file's name without its extension, for a text file; another format's keeps its format
 * (`总结.docx` → `总结-docx`), as an office often holds one document as .docx and as .pdf:
 * both are imported (one reported as the other's duplicate) and need names of their own.
 */
function stem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '') + formatSuffix(base);
}

/** `-docx`, `-pdf`, `-mhtml`…: a name's extension, for a format other than text; empty for a text file. */
function formatSuffix(file: string): string {
  const format = formatOf(file);
  return format === null || format === 'txt' ? '' : `-${file.slice(file.lastIndexOf('.') + 1).toLowerCase()}`;
}

/** A source record's name, its URL segment: the file stem when it is plain ASCII, else a hash of it. */
export function sourceName(file: string): string {
  const s = stem(file);
  const slug = s
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return /^[\x20-\x7e]+$/.test(s) && slug !== '' ? slug : `src-${fnv1a(s)}`;
}

/**
 * The id of a sample: the file's numeric prefix (`001_…` → `001`, `001_….pdf` → `001-pdf`) or
 * its name, plus the two-digit position for a compilation (`001-07`). Stable across re-imports.
 */
export function sampleId(file: string, index: number | null): string {
  const numeric = /^(\d+)(?:[_\-. ]|$)/.exec(stem(file));
  const base = numeric ? numeric[1]! + formatSuffix(file) : sourceName(file).replace(/_/g, '-');
  return index === null ? base : `${base}-${String(index).padStart(2, '0')}`;
}
