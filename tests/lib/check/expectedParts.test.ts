import { describe, expect, it } from 'vitest';
import { partChecks } from '../../../src/lib/check/expectedParts.ts';
import { structure } from '../structure/helpers.ts';

const checksOf = (body: string) => partChecks(structure(body), body);
const missing = (body: string) =>
  checksOf(body)
    .filter((p) => !p.present)
    .map((p) => `${p.role}:${p.expectation}`);

describe('partChecks', () => {
  it('lists every role once, in order, with the line of its first part', () => {
    const checks = checksOf(
      '今年以来，我办认真履职，现将工作总结如下。\n一、主要工作\n内容。\n二、存在问题\n一是学习不够。\n三、下一步打算\n一是加强学习。',
    );
    expect(checks.map((p) => p.role)).toEqual(['opening', 'achievements', 'problems', 'plans', 'closing']);
    expect(checks.filter((p) => p.present).map((p) => `${p.role}@${p.line}`)).toEqual([
      'opening@1',
      'achievements@2',
      'problems@4',
      'plans@6',
    ]);
  });

  it('a draft without problems and plans has them missing, as warnings', () => {
    expect(missing('今年以来，我办认真履职，现将工作总结如下。\n一、加强学习\n内容。\n二、服务大局\n内容。')).toEqual([
      'problems:expected',
      'plans:expected',
      'closing:optional',
    ]);
  });

  it('a part that is only its heading is empty, not present', () => {
    const draft =
      '今年以来，我办认真履职，现总结如下。\n一、主要工作\n全年办文300件，办会50次。\n二、存在问题\n人员少，任务重。\n三、下一步打算：\n';
    const plans = checksOf(draft).find((p) => p.role === 'plans')!;
    expect(plans).toMatchObject({ present: false, empty: true, line: 6 });
    expect(missing(draft)).toEqual(['plans:expected', 'closing:optional']);
    // One sentence under it is content: a plans part, and no closing taken from it.
    const written = checksOf(`${draft}下一步，我们将继续努力，进一步提高服务水平，开创工作新局面。`);
    expect(written.filter((p) => p.present).map((p) => `${p.role}@${p.line}`)).toEqual([
      'opening@1',
      'achievements@2',
      'problems@4',
      'plans@6',
    ]);
    expect(written.some((p) => p.empty)).toBe(false);
  });

  it('a role is present when any of its parts has content, at that part’s line', () => {
    const checks = checksOf('开头。\n一、办文\n\n二、办会\n全年办会50次。\n三、存在问题\n学习不够。');
    expect(checks.find((p) => p.role === 'achievements')).toMatchObject({ present: true, empty: false, line: 4 });
  });
});
