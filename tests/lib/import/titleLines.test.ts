import { describe, expect, it } from 'vitest';
import { joinTitleLines } from '../../../src/lib/import/title.ts';
import { isSubtitle, isTitleLike, titleLinesAt, withoutArticleNumber } from '../../../src/lib/import/titleLines.ts';
import { SEED, seedText } from './helpers.ts';

describe('isTitleLike', () => {
  it.each([
    '2018年办公室工作总结（县政府办）',
    '主动作为  提质增效',
    '党政办公室',
    '2019年工作总结及2020年工作计划',
    '\u3000\u3000XX县政府办公室2018年工作总结',
  ])('accepts the title line %j', (line) => {
    expect(isTitleLike(line)).toBe(true);
  });

  it.each([
    ['an empty line', ''],
    ['a whitespace line', ' \u3000 '],
    ['a sentence', '2018年，我办认真履行职责。'],
    ['a salutation', '各位领导、同事们：'],
    ['a half-width colon', '各位领导:'],
    ['a question', '如何写好总结？'],
    ['a numbered heading', '一、2018年工作总结'],
    ['a bracketed number', '（一）综合协调周密高效'],
    ['a half-width bracket', '(1)办文'],
    ['an Arabic number', '1.强化办文'],
    ['a 、 number', '1、精心履职'],
    ['a dash lead line', '——这一年，我们砥砺奋进'],
    ['a line over 40 characters', '一'.repeat(41)],
    ['a line broken off after a comma', '2022年，市委办公室紧紧围绕市委中心工作，'],
  ])('rejects %s', (_, line) => {
    expect(isTitleLike(line)).toBe(false);
  });

  it('accepts exactly 40 characters, counting code points', () => {
    expect(isTitleLike('字'.repeat(40))).toBe(true);
    expect(isTitleLike('𠀀'.repeat(40))).toBe(true);
  });
});

describe("a site's running number before the title", () => {
  it('reads past `第N篇：` and accepts `第N篇` alone as part of the title block', () => {
    expect(isTitleLike('第1篇：XX县民政局办公室2020年上半年工作总结')).toBe(true);
    expect(isTitleLike('第１２篇 XX县民政局办公室2020年工作总结')).toBe(true);
    expect(isTitleLike('第2篇')).toBe(true);
    expect(withoutArticleNumber('第1篇：XX县民政局办公室')).toBe('XX县民政局办公室');
    expect(withoutArticleNumber('第一篇、XX县民政局办公室')).toBe('XX县民政局办公室');
    expect(withoutArticleNumber('第一要务')).toBe('第一要务');
  });

  it('still rejects a sentence after the number', () => {
    expect(isTitleLike('第1篇：今年以来，我办认真履职。')).toBe(false);
  });

  it('counts `第N篇` and the title line as the title block', () => {
    expect(titleLinesAt(['第2篇', 'XX街道党工委办公室2021年工作总结', '2021年，我办认真履职。'], 0, 3)).toBe(2);
  });

  it('leaves a lone `第N篇` with no title after it in the body', () => {
    expect(titleLinesAt(['第2篇', '2021年，我办认真履职。'], 0, 2)).toBe(0);
  });
});

describe('titleLinesAt: hard-wrapped text (PDF extract)', () => {
  // Body lines broken at 34 characters, mid-sentence.
  const body = [
    '2019年，市政府办公室在市委、市政府的正确领导下，坚持以习近平新时代中',
    '国特色社会主义思想为指导，紧紧围绕全市中心工作，充分发挥运转枢纽作用，',
    '各项工作取得了明显成效。现将全年工作情况总结如下：',
    '一、2019年工作开展情况',
    '（一）坚持高标准严要求，着力提升文稿起草和审核把关的质量，切实发挥以',
    '文辅政作用。全年共起草市政府工作报告、领导讲话等综合性文稿XX篇，审核',
    '以市政府及市政府办公室名义印发的文件XXX件，未出现差错。',
    '（二）坚持规范化程序化，着力提升会议组织水平。全年共筹备市政府全体会',
    '议X次、常务会议XX次、专题会议XX次，会议通知、材料准备、会场布置、纪',
    '要印发等环节衔接顺畅，确保了会议高质量召开。',
  ];

  it('does not take the wrapped first body line for a second title line', () => {
    const lines = ['XX市人民政府办公室2019年工作总结', ...body];
    expect(titleLinesAt(lines, 0, lines.length)).toBe(1);
  });

  it('takes a title wrapped at the same width, ending in a short line', () => {
    const lines = ['XX市人民政府办公室关于2019年度工作情况和2020年工作安排的总', '结报告', ...body];
    expect(titleLinesAt(lines, 0, lines.length)).toBe(2);
  });

  it('finds no title when the wrapped text starts with its body', () => {
    expect(titleLinesAt(body, 0, body.length)).toBe(0);
  });
});

describe('a subtitle under a headline', () => {
  it('takes a dash line naming the kind of text as the title’s second line', () => {
    const lines = ['凝心聚力谋发展', '——XX县政府办公室2020年工作总结', '', '2020年，我办认真履职。'];
    expect(titleLinesAt(lines, 0, 4)).toBe(2);
    expect(joinTitleLines(lines.slice(0, 2))).toBe('凝心聚力谋发展——XX县政府办公室2020年工作总结');
  });

  it('leaves a dash lead line in the body', () => {
    expect(titleLinesAt(['党政办公室2019年工作总结', '——这一年，我们争当服务全局的“排头”'], 0, 2)).toBe(1);
    expect(isSubtitle('——XX局2020年工作总结')).toBe(true);
    expect(isSubtitle('——这一年，我们有新提高')).toBe(false);
  });
});

describe('titleLinesAt', () => {
  it('counts adjacent title lines up to a blank line', () => {
    expect(titleLinesAt(seedText(SEED.s003).split('\n'), 1, 33)).toBe(2);
    expect(titleLinesAt(seedText(SEED.s002).split('\n'), 1, 18)).toBe(2);
    expect(titleLinesAt(seedText(SEED.s000).split('\n'), 0, 30)).toBe(1);
  });

  it('finds no title where the text starts with a sentence (004)', () => {
    expect(titleLinesAt(seedText(SEED.s004).split('\n'), 0, 25)).toBe(0);
  });

  it('takes at most three lines', () => {
    expect(titleLinesAt(['甲', '乙', '丙', '丁', '戊'], 0, 5)).toBe(3);
  });

  it('does not read past `end`', () => {
    expect(titleLinesAt(['甲', '乙', '丙'], 0, 2)).toBe(2);
    expect(titleLinesAt(['甲', '乙', '丙'], 1, 1)).toBe(0);
  });

  it('does not take a long body line with a comma for a second title line', () => {
    expect(
      titleLinesAt(
        ['XX市委办公室2022年工作总结', '　　2022年，市委办公室坚持把服务市委决策作为第一要务，紧紧围绕市委中心工', '作，忠实履行职责。'],
        0,
        3,
      ),
    ).toBe(1);
    expect(titleLinesAt(['凝心聚力，砥砺奋进', 'XX县政府办公室2020年工作总结', '正文。'], 0, 3)).toBe(2);
    expect(titleLinesAt(['凝心聚力，砥砺奋进', '新的一年，XX县政府办公室将继续努力奋进开拓', '正文。'], 0, 3)).toBe(1);
  });

  it('stops at a numbered body line', () => {
    expect(titleLinesAt(['XX镇党政办2020年工作总结', '一、办文工作', '（一）'], 0, 3)).toBe(1);
  });
});

describe('a date line under the title', () => {
  it('is no title line', () => {
    for (const line of ['(2019年1月8日)', '（2019年1月8日）', '2019年12月', '２０１９年１月８日']) expect(isTitleLike(line)).toBe(false);
    expect(titleLinesAt(['XX县政府办公室工作总结', '(2019年1月8日)', '一年来，我办认真履职。'], 0, 3)).toBe(1);
  });

  it('is not a title that names a date', () => {
    expect(isTitleLike('2019年1月工作总结')).toBe(true);
  });
});

describe('joinTitleLines: a title wrapped inside a word', () => {
  it('joins the halves of 述职报告, 工作总结, 办公室 with no space', () => {
    expect(joinTitleLines(['X县政府办公室主任2023年述职报', '告'])).toBe('X县政府办公室主任2023年述职报告');
    expect(joinTitleLines(['XX县政府办公室2023年工作总', '结'])).toBe('XX县政府办公室2023年工作总结');
    expect(joinTitleLines(['XX县政府办', '公室2023年工作总结'])).toBe('XX县政府办公室2023年工作总结');
  });

  it('keeps the space between the lines of a headline', () => {
    expect(joinTitleLines(['主动作为  提质增效', '不断推动办公室工作高质量发展'])).toBe('主动作为  提质增效 不断推动办公室工作高质量发展');
  });

  it("reads a PDF extract's spaces around figures out of the title", () => {
    expect(joinTitleLines(['X 县政府办公室 2023 年工作总结'])).toBe('X县政府办公室2023年工作总结');
  });
});
