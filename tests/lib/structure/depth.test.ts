import { describe, expect, it } from 'vitest';
import { kindsOf, outlineOf, structure } from './helpers.ts';

describe('depth by mark family', () => {
  it('follows the order in which families first appear, not a fixed table', () => {
    const s = structure('开头。\n一、甲\n1、乙。正文。\n一是丙。正文。\n二、丁\n1、戊。正文。');
    expect(s.outline.map((h) => h.depth)).toEqual([1, 2, 3, 1, 2]);
  });

  it('a family keeps its depth where the levels between are missing', () => {
    const s = structure('开头。\n一、甲\n（一）乙\n1.丙。一是丁。正文。\n二、打算\n一是戊。正文。\n二是己。正文。');
    expect(outlineOf(s).slice(-2)).toEqual(['一是戊@4i', '二是己@4i']);
  });

  it('a family first seen after others goes below the deepest, whatever heading it follows', () => {
    const s = structure('开头。\n一、甲\n（一）乙。正文。\n二、存在问题\n一是丙。正文。二是丁。');
    expect(outlineOf(s).slice(-2)).toEqual(['一是丙@3i', '二是丁@3i']);
  });

  it('dash lines first seen below a heading sit one below it (a plan’s lead lines)', () => {
    const s = structure('开头。\n一、回顾\n（一）甲。正文。一是乙。正文。\n二、谋划\n——坚持一个原则。即一是自身建设从严。正文。');
    expect(outlineOf(s).slice(-2)).toEqual(['——坚持一个原则@2i', '一是自身建设从严@3i']);
  });

  it('an enumeration restarted inside its own item goes one level deeper, then the outer run resumes', () => {
    const s = structure('开头。\n一、甲\n（一）乙。\n一是精心办文。坚持：一是严把起草关；二是严把审核关。正文。\n二是细心办会。正文。');
    expect(outlineOf(s).slice(2)).toEqual(['一是精心办文@3i', '一是严把起草关@4i', '二是严把审核关@4i', '二是细心办会@3i']);
    expect(kindsOf(s)).toContain('enumeration-restart');
    expect(kindsOf(s)).not.toContain('numbering-skip');
  });

  it('a new run under a new parent is no restart', () => {
    const s = structure('开头。\n1.甲。一是乙。二是丙。\n2.丁。一是戊。');
    expect(s.outline.map((h) => h.depth)).toEqual([1, 2, 2, 1, 2]);
    expect(kindsOf(s)).not.toContain('enumeration-restart');
  });
});
