import type { MarkdownHeading } from 'astro';
import { describe, expect, it } from 'vitest';
import { CONTENTS_MIN_HEADINGS, contentsTree, type ContentsEntry } from '../../../src/lib/guides/contents.ts';

const h = (depth: number, text: string): MarkdownHeading => ({ depth, slug: `s-${text}`, text });
const leaf = (text: string, children: ContentsEntry[] = []): ContentsEntry => ({ id: `s-${text}`, text, children });

describe('contentsTree', () => {
  it('lists h2 as entries in page order, each h3 under the h2 before it', () => {
    expect(contentsTree([h(2, '国家标准'), h(3, '字体'), h(3, '标点'), h(2, '范文'), h(2, '常见错误'), h(3, '重复')])).toEqual([
      leaf('国家标准', [leaf('字体'), leaf('标点')]),
      leaf('范文'),
      leaf('常见错误', [leaf('重复')]),
    ]);
  });

  it('keeps the slug as the id and the text as written', () => {
    const [entry] = contentsTree([{ depth: 2, slug: '开头背景总评过渡', text: '开头：背景、总评、过渡' }, h(2, 'b'), h(2, 'c')]);
    expect(entry).toEqual({ id: '开头背景总评过渡', text: '开头：背景、总评、过渡', children: [] });
  });

  it('leaves out the title (h1) and headings deeper than h3', () => {
    expect(contentsTree([h(1, '标题'), h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(5, 'a1y'), h(2, 'b')])).toEqual([
      leaf('a', [leaf('a1')]),
      leaf('b'),
    ]);
  });

  it('makes an h3 before any h2 a top entry, and nests under the nearest shallower heading', () => {
    expect(contentsTree([h(3, 'x'), h(2, 'a'), h(3, 'a1'), h(2, 'b')])).toEqual([leaf('x'), leaf('a', [leaf('a1')]), leaf('b')]);
  });

  it('is empty for a guide with too few headings to need contents', () => {
    const few = Array.from({ length: CONTENTS_MIN_HEADINGS - 1 }, (_, i) => h(2, String(i)));
    expect(contentsTree(few)).toEqual([]);
    expect(contentsTree([...few, h(4, 'deep'), h(1, 'title')])).toEqual([]);
    expect(contentsTree([...few, h(3, 'sub')])).toHaveLength(few.length);
  });
});
