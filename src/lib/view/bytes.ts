/** Sizes as readers weigh them. Apart from labels.ts, whose mark registry the offline page need not load. */

/** A download's size as a reader weighs it: `约 3.9 MB`, `约 820 KB`. */
export function bytesLabel(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `约 ${mb.toFixed(1)} MB` : `约 ${Math.max(1, Math.round(bytes / 1024))} KB`;
}
