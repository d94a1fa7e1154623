import { describe, expect, it } from 'vitest';
import { sampleDescription } from '../../../src/lib/view/description.ts';
import { committedSamples } from '../../committed.ts';

describe('a sample page’s description', () => {
  const sample = { organ: '县政府办', year: 2023, period: 'annual' as const, chars: 3210, text: '' };

  it('says who wrote it, when, how long, then quotes the start of the text, lines run on', () => {
    expect(sampleDescription({ ...sample, text: '  一年来，我办坚持……\n一、工作回顾\n' })).toBe(
      '县政府办2023年全年总结范文全文，约 3,210 字。一年来，我办坚持……一、工作回顾',
    );
  });

  it('cuts a long text at 80 characters with an ellipsis, never inside a character', () => {
    const text = '𠀋'.repeat(100);
    const description = sampleDescription({ ...sample, text });
    expect(description.endsWith(`${'𠀋'.repeat(80)}…`)).toBe(true);
    expect(description).not.toContain('\uFFFD');
    expect(description.isWellFormed()).toBe(true);
  });

  it('names the unknown plainly', () => {
    expect(sampleDescription({ organ: null, year: null, period: null, chars: 12, text: '正文' })).toBe(
      '办公室年份未注明周期未注明范文全文，约 12 字。正文',
    );
  });

  it('differs between every two samples of the collection', () => {
    const all = committedSamples().map(sampleDescription);
    expect(new Set(all).size).toBe(all.length);
  });
});
