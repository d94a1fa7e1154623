import { describe, expect, it } from 'vitest';
import { lengthStats, shortDraft } from '../../../src/lib/check/draftLength.ts';
import { checkDraft } from '../../../src/lib/check/report.ts';
import { tally } from '../../../src/lib/check/tally.ts';
import { features, samples } from './samples.ts';

const stats = lengthStats(samples);
const tallyOf = (draft: string) => {
  const r = checkDraft(draft, features);
  return tally(r, shortDraft(r.chars, r.metadata.level, stats));
};

describe('tally', () => {
  it('counts each mark to change, anomaly, unfilled token, missing part and a short draft, in the report’s order', () => {
    const t = tallyOf(
      'XX县政府办公室20XX年工作总结\n今年以来,我办认真履职，办文【数量】件。\n一、办文\n（一）收文。\n（三）发文。\n二、办会\n内容。\n二、存在问题\n内容。',
    );
    expect(t.items).toEqual([
      { key: 'numbering', count: 2 },
      { key: 'anomalies', count: 1 },
      { key: 'unfilled', count: 3 },
      { key: 'parts', count: 1 },
      { key: 'length', count: 1 },
    ]);
    expect(t.total).toBe(8);
  });

  it('an empty plans part counts as missing', () => {
    const draft =
      'XX县政府办公室2024年工作总结\n今年以来，我办认真履职，现总结如下。\n一、主要工作\n全年办文300件，办会50次。\n二、存在问题\n人员少，任务重。\n三、下一步打算\n';
    expect(tallyOf(draft).items.find((x) => x.key === 'parts')).toEqual({ key: 'parts', count: 1 });
    expect(tallyOf(`${draft}我们将继续努力，进一步提高服务水平。`).items.find((x) => x.key === 'parts')).toBeUndefined();
  });

  it('nothing to deal with: no items, total 0', () => {
    expect(tally({ numbering: [], anomalies: [], unfilled: [], parts: [] }, null)).toEqual({ total: 0, items: [] });
  });
});
