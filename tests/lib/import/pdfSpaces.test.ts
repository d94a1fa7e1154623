import { describe, expect, it } from 'vitest';
import { withoutPdfSpaces } from '../../../src/lib/import/pdfSpaces.ts';

describe('withoutPdfSpaces', () => {
  it('joins figures, years and placeholders to the Chinese around them', () => {
    expect(withoutPdfSpaces('X 县政府办公室主任 2023 年述职报告')).toBe('X县政府办公室主任2023年述职报告');
    expect(withoutPdfSpaces('审核公文 XXX 件，办结率达 95% 以上')).toBe('审核公文XXX件，办结率达95%以上');
    expect(withoutPdfSpaces('２０２３ 年')).toBe('２０２３年');
  });

  it('keeps spaces between Chinese words, indentation and line breaks', () => {
    expect(withoutPdfSpaces('主动作为  提质增效')).toBe('主动作为  提质增效');
    expect(withoutPdfSpaces('　　2023年，\n 我办')).toBe('　　2023年，\n 我办');
    expect(withoutPdfSpaces('2023年\n工作')).toBe('2023年\n工作');
  });
});
