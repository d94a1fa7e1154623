/** A text with all whitespace removed: two samples are the same when these are equal. */
export function fingerprint(text: string): string {
  return text.replace(/[\s\u3000\u00a0\ufeff]+/gu, '');
}
