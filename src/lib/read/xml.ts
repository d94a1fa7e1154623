/**
 * A small linear XML scanner for the OOXML parts the Word reader needs. It builds no tree: it
 * calls back with each start tag (name and raw attribute text), end tag and run of text, once per
 * character of input, so a part of any size costs time in proportion to its length. It checks no
 * more than it must: a tag or comment left open ends the part with an error; DTDs and entities
 * other than XML's five and character references are not expanded (no entity bombs).
 */

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags: decode with `xmlText` only if it is wanted. */
  text(raw: string, cdata: boolean): void;
}

/** Thrown on a part that is cut off mid-tag. */
export class XmlError extends Error {}

export function scanXml(xml: string, h: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  const find = (s: string, from: number) => {
    const at = xml.indexOf(s, from);
    if (at < 0) throw new XmlError(`unterminated ${s}`);
    return at;
  };
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      h.text(xml.slice(i), false);
      return;
    }
    if (lt > i) h.text(xml.slice(i, lt), false);
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      i = find('?>', lt) + 2;
    } else if (c === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) i = find('-->', lt + 4) + 3;
      else if (xml.startsWith('<![CDATA[', lt)) {
        const end = find(']]>', lt + 9);
        h.text(xml.slice(lt + 9, end), true);
        i = end + 3;
      } else i = find('>', lt) + 1;
    } else if (c === 0x2f /* / */) {
      const end = find('>', lt);
      h.close(xml.slice(lt + 2, end).trim());
      i = end + 1;
    } else {
      // Attribute values may hold `>`: step over quoted text.
      let j = lt + 1;
      for (;;) {
        if (j >= n) throw new XmlError('unterminated tag');
        const ch = xml.charCodeAt(j);
        if (ch === 0x3e /* > */) break;
        if (ch === 0x22 || ch === 0x27) j = find(ch === 0x22 ? '"' : "'", j + 1);
        j++;
      }
      const selfClosing = xml.charCodeAt(j - 1) === 0x2f;
      let k = lt + 1;
      while (k < j) {
        const ch = xml.charCodeAt(k);
        if (ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0x2f) break;
        k++;
      }
      h.open(xml.slice(lt + 1, k), xml.slice(k, selfClosing ? j - 1 : j), selfClosing);
      if (selfClosing) h.close(xml.slice(lt + 1, k));
      i = j + 1;
    }
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text or an attribute value with XML's references replaced. */
export function xmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Every attribute of a start tag's raw attribute text, by qualified name, values decoded. */
export function xmlAttrs(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) out.set(m[1]!, xmlText(m[2] ?? m[3] ?? ''));
  return out;
}
