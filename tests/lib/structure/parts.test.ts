import { describe, expect, it } from 'vitest';
import { roleOfHeading } from '../../../src/lib/structure/roles.ts';
import { fold } from '../../../src/lib/structure/fold.ts';
import { structure } from './helpers.ts';

const partsOf = (body: string) => structure(body).parts.map((p) => `${p.role}@${p.line}`);

describe('roleOfHeading', () => {
  it.each([
    ['2018年工作总结', 'achievements'],
    ['工作回顾', 'achievements'],
    ['重点工作注重协调、全面参与', 'achievements'],
    ['存在问题', 'problems'],
    ['工作中存在的不足和问题', 'problems'],
    ['存在的问题及今后努力的方向', 'problems'],
    ['2019年工作打算', 'plans'],
    ['下一步工作计划及重点工作', 'plans'],
    ['今年下半年工作思路', 'plans'],
    ['下一步工作謀劃', 'plans'],
    ['存在問題', 'problems'],
  ] as const)('%s → %s', (text, role) => {
    expect(roleOfHeading(fold(text))).toBe(role);
  });
});

describe('parts', () => {
  it('every depth-1 heading starts a part; the opening is what comes before', () => {
    expect(partsOf('\n2018年，我办认真履职。\n一、工作回顾\n（一）甲。正文。\n二、存在问题\n（一）乙。\n三、下一步打算\n一是丙。')).toEqual(
      ['opening@2', 'achievements@3', 'problems@5', 'plans@7'],
    );
  });

  it('an unheaded paragraph admitting shortcomings is a problems part, and the measures after it a plan', () => {
    const body =
      '开头。\n一、工作\n（一）甲。正文。\n一年来，我办虽取得了一些成绩，但离要求还有一定差距，主要是谋划不够。\n一是进一步抓好政务服务工作。正文。二是加强协调。正文。';
    expect(partsOf(body)).toEqual(['opening@1', 'achievements@2', 'problems@4', 'plans@5']);
    expect(structure(body).anomalies.map((a) => a.kind)).toContain('unheaded-part');
  });

  it('under a problems heading, the items stay problems', () => {
    expect(
      partsOf('开头。\n一、工作\n（一）甲。\n二、存在的问题\n虽有成绩，但也存在着一些不足：\n一是人员少。正文。\n二是学习不够。'),
    ).toEqual(['opening@1', 'achievements@2', 'problems@4']);
  });

  it('a rallying last paragraph with no heading is the closing; a resolve inside a heading’s paragraph is not', () => {
    expect(partsOf('开头。\n一、工作\n（一）甲。正文。\n在今后的工作中，我们将继续努力，开创工作新局面。')).toEqual([
      'opening@1',
      'achievements@2',
      'closing@4',
    ]);
    expect(partsOf('开头。\n一、工作\n（一）甲。正文。\n二、存在的问题\n一是不足。今后将继续努力。')).toEqual([
      'opening@1',
      'achievements@2',
      'problems@4',
    ]);
  });

  it('the one paragraph under the last part’s heading is that part, not a closing', () => {
    const draft =
      '今年以来，我办认真履职，现总结如下。\n一、主要工作\n全年办文300件，办会50次。\n二、存在问题\n人员少，任务重。\n三、下一步打算\n下一步，我们将继续努力，进一步提高服务水平，开创工作新局面。';
    expect(partsOf(draft)).toEqual(['opening@1', 'achievements@2', 'problems@4', 'plans@6']);
    // With the plans' own paragraphs before it, the same pledge closes the text.
    expect(partsOf(draft.replace('三、下一步打算\n', '三、下一步打算\n一是加强学习。\n二是改进作风。\n'))).toEqual([
      'opening@1',
      'achievements@2',
      'problems@4',
      'plans@6',
      'closing@9',
    ]);
  });

  it('a plan intro followed by items starts a plan part', () => {
    expect(partsOf('开头。\n一、工作\n（一）甲。正文。\n下一步，我办将重点做好以下工作：\n一是加强学习。\n二是改进作风。')).toEqual([
      'opening@1',
      'achievements@2',
      'plans@4',
    ]);
  });

  it('parts tile the body from line starts', () => {
    const body = '\n开头。\n一、工作\n（一）甲。\n在今后的工作中，我们将继续努力，再创新佳绩。\n';
    const s = structure(body);
    expect(s.parts[0]!.start).toBe(0);
    expect(s.parts.at(-1)!.end).toBe(body.length);
    for (let k = 1; k < s.parts.length; k++) {
      expect(s.parts[k]!.start).toBe(s.parts[k - 1]!.end);
      expect(body[s.parts[k]!.start - 1]).toBe('\n');
    }
  });

  it('a text with no headings: opening, then the body', () => {
    expect(partsOf('今年以来，我办认真履职。\n全年办文X件。\n在新的一年里，我们将继续努力，再创佳绩。')).toEqual([
      'opening@1',
      'achievements@2',
      'closing@3',
    ]);
  });

  it('heading roles are their part’s role; part ids are readable and unique', () => {
    const s = structure('开头。\n一、甲\n二、乙\n三、存在问题\n四、下一步打算');
    expect(s.outline.map((h) => h.role)).toEqual(['achievements', 'achievements', 'problems', 'plans']);
    expect(s.parts.map((p) => p.id)).toEqual(['opening', 'achievements-1', 'achievements-2', 'problems', 'plans']);
  });
});
