import { describe, expect, it } from 'vitest';
import { partChecks } from '../../../src/lib/check/expectedParts.ts';
import { structure } from '../structure/helpers.ts';

const missing = (body: string) =>
  partChecks(structure(body).parts)
    .filter((p) => !p.present)
    .map((p) => `${p.role}:${p.expectation}`);

describe('partChecks', () => {
  it('lists every role once, in order, with the line of its first part', () => {
    const checks = partChecks(
      structure(
        '今年以来，我办认真履职，现将工作总结如下。\n一、主要工作\n内容。\n二、存在问题\n一是学习不够。\n三、下一步打算\n一是加强学习。',
      ).parts,
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
});
