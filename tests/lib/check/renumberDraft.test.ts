import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/check/report.ts';
import { renumberDraft } from '../../../src/lib/check/renumberDraft.ts';
import { features, pasted, samples } from './samples.ts';

/** The draft with the checker's proposal applied. */
const applied = (draft: string) => renumberDraft(draft, checkDraft(draft, features).numbering);
const numberingAnomalies = (draft: string) => checkDraft(draft, features).numbering;

describe('renumberDraft', () => {
  it('rewrites the marks out of order, and nothing else', () => {
    const draft =
      'XX县政府办公室2024年工作总结\n今年以来，我办认真履职，现总结如下。\n一、办文\n（一）收文。全年收文1200件。\n（二）发文。全年发文300件。\n（四）归档。二、办会不在此列。\n二、办会\n全年办会50次。\n二、存在问题\n人员少。\n四、下一步打算\n一是加强学习。三是改进作风。';
    expect(applied(draft)).toBe(
      draft.replace('（四）归档', '（三）归档').replace('二、存在问题', '三、存在问题').replace('三是改进作风', '二是改进作风'),
    );
    expect(numberingAnomalies(applied(draft))).toEqual([]);
  });

  it('finds each mark in its place when several headings share a line', () => {
    const draft = 'XX县政府办公室2024年工作总结\n开头。\n一、工作\n首先，抓学习。再次，抓作风。最后，抓落实。';
    expect(applied(draft)).toBe(draft.replace('再次，抓作风', '其次，抓作风'));
    const twice = 'XX县政府办公室2024年工作总结\n开头。\n一、甲\n一、甲\n一、甲';
    expect(applied(twice)).toBe('XX县政府办公室2024年工作总结\n开头。\n一、甲\n二、甲\n三、甲');
  });

  it('leaves no numbering to fix in any sample, changing only marks; applied again it changes nothing', () => {
    for (const s of samples) {
      const draft = pasted(s);
      const once = applied(draft);
      expect(numberingAnomalies(once), s.id).toEqual([]);
      expect(applied(once), s.id).toBe(once);
      // Only marks change: line count and the text around them stay.
      expect(once.split('\n').length).toBe(draft.split('\n').length);
    }
  });

  it('a draft in order is returned as it is', () => {
    const draft = 'XX县政府办公室2024年工作总结\n开头。\n一、甲\n内容。\n二、乙\n内容。';
    expect(applied(draft)).toBe(draft);
  });
});
