/** FNV-1a, to name files whose names have no usable ASCII. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function stem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '');
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
 * The id of a sample: the file's numeric prefix (`001_…` → `001`) or its name, plus the
 * two-digit position for a compilation (`001-07`). Stable across re-imports.
 */
export function sampleId(file: string, index: number | null): string {
  const numeric = /^(\d+)(?:[_\-. ]|$)/.exec(stem(file));
  const base = numeric ? numeric[1]! : sourceName(file).replace(/_/g, '-');
  return index === null ? base : `${base}-${String(index).padStart(2, '0')}`;
}
