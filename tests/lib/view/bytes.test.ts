import { describe, expect, it } from 'vitest';
import { bytesLabel } from '../../../src/lib/view/bytes.ts';

describe('bytesLabel', () => {
  it('reads KB below a megabyte and MB with one decimal above', () => {
    expect(bytesLabel(200)).toBe('约 1 KB');
    expect(bytesLabel(820 * 1024)).toBe('约 820 KB');
    expect(bytesLabel(3.94 * 1024 * 1024)).toBe('约 3.9 MB');
  });
});
