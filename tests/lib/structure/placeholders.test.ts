import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../../src/lib/structure/lines.ts';
import { findPlaceholders, tokenCounts } from '../../../src/lib/structure/placeholders.ts';

const tokens = (s: string) => findPlaceholders(s, lineIndex(s, 1)).map((p) => p.token);

describe('placeholders', () => {
  it('maximal runs of X and *, lower-case and full-width too', () => {
    expect(tokens('协调XX多次，X位同志，XXX市长，*街道，xx局，ＸＸ件')).toEqual(['XX', 'X', 'XXX', '*', 'xx', 'ＸＸ']);
  });
  it('year placeholders as one token', () => {
    expect(tokens('20XX年和202x年上半年')).toEqual(['20XX', '202x']);
  });
  it('not Latin words or figures', () => {
    expect(tokens('OA系统、APP、Excel表格、164件、20余篇')).toEqual([]);
  });
  it('located by line; counted per token', () => {
    const body = 'XX\n甲X乙XX';
    const found = findPlaceholders(body, lineIndex(body, 7));
    expect(found.map((p) => [p.token, p.line, p.start])).toEqual([
      ['XX', 7, 0],
      ['X', 8, 4],
      ['XX', 8, 6],
    ]);
    expect(tokenCounts(found)).toEqual([
      ['XX', 2],
      ['X', 1],
    ]);
  });
});
