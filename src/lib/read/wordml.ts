import { scanXml, xmlAttrs } from './xml.ts';

/**
 * WordprocessingML names as a part spells them. Word writes `w:` and `mc:`, but a part may bind any
 * prefix (or the default namespace) to them; the root element's declarations say which.
 */

const W_NS = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export interface WordNames {
  /** The qualified name of a WordprocessingML element or attribute. */
  w(local: string): string;
  /** The qualified name of a markup-compatibility element. */
  mc(local: string): string;
}

/** The prefixes the part's root element binds to WordprocessingML and markup compatibility. */
export function wordNames(xml: string): WordNames {
  let w = 'w';
  let mc = 'mc';
  let done = false;
  try {
    scanXml(xml.slice(0, xml.indexOf('>', xml.search(/<[A-Za-z_]/u)) + 1), {
      open(_name, attrs) {
        if (done) return;
        done = true;
        for (const [name, value] of xmlAttrs(attrs)) {
          if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
          const prefix = name === 'xmlns' ? '' : name.slice(6);
          if (W_NS.includes(value)) w = prefix;
          else if (value === MC_NS) mc = prefix;
        }
      },
      close() {},
      text() {},
    });
  } catch {
    // A cut-off root: keep Word's usual prefixes; the scan of the part itself reports the damage.
  }
  const q = (prefix: string) => (local: string) => (prefix === '' ? local : `${prefix}:${local}`);
  return { w: q(w), mc: q(mc) };
}

/** An on/off property (`w:vanish`, `w:isLgl`): on unless its value says off. */
export const isOn = (value: string | undefined): boolean => value === undefined || !['0', 'false', 'off'].includes(value);
