import { describe, expect, it } from 'vitest';
import { SLOT_TYPES, slotLabel } from '../../../src/lib/format/slot.ts';
import { findSlots, templateOf, unitNamesOf, type SlotOptions } from '../../../src/lib/format/template.ts';
import { committedEntries } from '../../committed.ts';

const tpl = (text: string, options?: SlotOptions) => templateOf(text, findSlots(text, options));

describe('figures become typed slots that keep their units and qualifiers', () => {
  it.each([
    ['共办理上级来文164件、相关部门来文227件', '共办理上级来文【数量】件、相关部门来文【数量】件'],
    ['撰写各类讲话、发言材料20余篇', '撰写各类讲话、发言材料【数量】余篇'],
    ['印发文件98期。', '印发文件【数量】期。'],
    ['报送信息XX余条，编发通讯X期', '报送信息【数量】余条，编发通讯【数量】期'],
    ['悬挂横幅XX多条，安装广播近XX只', '悬挂横幅【数量】多条，安装广播近【数量】只'],
    ['发布信息X万余条，字数X余万字', '发布信息【数量】万余条，字数【数量】余万字'],
    ['接待办事群众200余人次，会务服务20余场次', '接待办事群众【数量】余人次，会务服务【数量】余场次'],
    ['开展纪念建党97周年系列活动', '开展纪念建党【数量】周年系列活动'],
    ['办结率XX%，满意率达100%', '办结率【比例】%，满意率达【比例】%'],
    ['同比下降12.5％', '同比下降【比例】％'],
    ['采购预算金额XX万元，节约资金X万元', '采购预算金额【金额】万元，节约资金【金额】万元'],
    ['居全市排名第X位，在考核中排名第3', '居全市排名第【名次】位，在考核中排名第【名次】'],
    ['学习贯彻政协X届X次会议精神', '学习贯彻政协【数量】届【数量】次会议精神'],
  ])('%s', (text, expected) => {
    expect(tpl(text)).toBe(expected);
  });
});

describe('years, periods and dates', () => {
  it.each([
    ['2019年上半年，我办', '【年份】年上半年，我办'],
    ['制定2018年度市政府工作规则', '制定【年份】年度市政府工作规则'],
    ['党政办公室2019年工作总结及2020年工作计划', '党政办公室【年份】年工作总结及【年份】年工作计划'],
    ['于2018年X月底投入使用，4月份正式运行', '于【年份】年【月份】月底投入使用，【月份】月份正式运行'],
    ['6月30日前完成，20XX年启动', '【日期】前完成，【年份】年启动'],
    ['连续3年获评先进', '连续【数量】年获评先进'],
  ])('%s', (text, expected) => {
    expect(tpl(text)).toBe(expected);
  });

  it('reads full-width digits and traditional characters as the engine does, quoting the text as written', () => {
    expect(tpl('２０１９年辦結率達ＸＸ％，共１６４件')).toBe('【年份】年辦結率達【比例】％，共【数量】件');
  });
});

describe('placeholders are typed by the words around them', () => {
  it.each([
    ['认真落实XX市长批示，邀请XX教授讲课', '认真落实【姓名】市长批示，邀请【姓名】教授讲课'],
    ['印发了《XX县深入优化营商环境实施方案》', '印发了《【地名】县深入优化营商环境实施方案》'],
    ['在XX政协党组的领导下', '在【地名】政协党组的领导下'],
    ['《XX条例》颁布实施，XX项目顺利推进', '《【名称】条例》颁布实施，【名称】项目顺利推进'],
    ['组织开展“XX”活动，形成XX、XX等党建品牌', '组织开展“【名称】”活动，形成【名称】、【名称】等党建品牌'],
    ['《XXX年鉴》编纂完成', '《【名称】年鉴》编纂完成'],
  ])('%s', (text, expected) => {
    expect(tpl(text)).toBe(expected);
  });
});

describe('what is not a slot', () => {
  it.each([
    '严格落实24小时值班制度，确保24 小时不间断在岗',
    '坚持“白+黑”、“5+2”的工作作风',
    '保证了“9・18”期间警报器鸣放',
    '适时开展12345统一服务',
    '学习贯彻党的十九大精神，三套班子会',
    '一年来，我办紧紧围绕办公室工作职能',
  ])('%s', (text) => {
    expect(tpl(text, { unit: ['县政府办'] })).toBe(text);
  });

  it('leaves heading marks alone when told where they are', () => {
    const text = '1.履行办文职责，办理来文3件。';
    expect(tpl(text, { skip: [[0, 2]] })).toBe('1.履行办文职责，办理来文【数量】件。');
    expect(tpl(text)).toBe(text.replace('3件', '【数量】件'));
  });
});

describe('the writer’s own office becomes 【单位】', () => {
  it.each([
    [
      ['街道党务办'],
      '一年来，XX街道党务办坚持以习近平新时代中国特色社会主义思想为指导',
      '一年来，【单位】坚持以习近平新时代中国特色社会主义思想为指导',
    ],
    [['街道党政综合办', '街道党政综合办公室'], '*街道办事处党政综合办公室在办事处党工委的领导下', '【单位】在办事处党工委的领导下'],
    [['县政府办'], '县政府办公室领导班子，以县政府和县政府办名义印发', '【单位】领导班子，以县政府和【单位】名义印发'],
    [['县政府办'], '政府办认真贯彻落实县委决策', '【单位】认真贯彻落实县委决策'],
    [['街道办'], '2018年办公室工作总结（街道办）', '【年份】年办公室工作总结（【单位】）'],
    [['局办公室'], '2018年办公室工作总结（局办公室主任）', '【年份】年办公室工作总结（【单位】主任）'],
    [['县委办'], '县委办全体干部，在县委办公室统一安排下', '【单位】全体干部，在【单位】统一安排下'],
  ])('%j: %s', (unit, text, expected) => {
    expect(tpl(text, { unit })).toBe(expected);
  });

  it.each([
    [['县政府办'], '选派X名同志赴市政府办公室学习'],
    [['县政府办'], '在市政府办公厅的正确领导下，完成政府办公场所修缮'],
    [['区政协办'], '加强与兄弟政协办公室的联系'],
    [['市政府办'], '落实“人大议、代表定、政府办”的要求'],
    [['县政府办'], '与县委办、县人大办、县政协办衔接'],
    [['镇党政办'], '充分发挥党委办公部门的作用，我办和办公室全体同志'],
  ])('%j: not in “%s”', (unit, text) => {
    expect(findSlots(text, { unit }).filter((s) => s.type === '单位')).toEqual([]);
  });
});

describe('on every seed', () => {
  const entries = committedEntries();
  const slotted = entries.map((s) => {
    const slots = findSlots(s.text, { unit: unitNamesOf(s), skip: s.structure.outline.map((h) => [h.start, h.textStart] as const) });
    return { s, slots };
  });
  const sections = slotted.flatMap(({ s, slots }) => [
    ...s.structure.parts.map((p) => ({ name: `${s.id} ${p.id}`, s, slots, from: p.start, to: p.end })),
    ...s.structure.outline.map((h) => ({ name: `${s.id} ${h.id}`, s, slots, from: h.start, to: h.sectionEnd })),
  ]);

  it.each(sections.map((x) => [x.name, x] as const))(
    '%s: every placeholder and figure is a slot, marks and skeleton stay',
    (_, { s, slots, from, to }) => {
      const template = templateOf(s.text, slots, from, to);
      // No placeholder is left; no Arabic figure before a measure word, a % or 年 (but round-the-clock 24小时).
      expect(template).not.toMatch(/[XxＸｘ*＊]/u);
      expect(template.replace(/24 ?小时/gu, '')).not.toMatch(
        /[0-9０-９]+[ 　]?(?:[余多万]*(?:件|次|篇|条|期|个|名|人|户|家|起|宗|份|项|场|元)|[%％年])/u,
      );
      // Heading marks are never slotted: every mark in the section is in the template, in order.
      const marks = s.structure.outline
        .filter((h) => h.start >= from && h.start < to)
        .map((h) => h.marker)
        .filter(Boolean);
      let at = 0;
      for (const mark of marks) {
        const i = template.indexOf(mark, at);
        expect(i, mark).toBeGreaterThanOrEqual(0);
        at = i + mark.length;
      }
      // The skeleton is the text as written around the slots.
      expect(template.split(/【[^】]+】/u).join('')).toBe(
        slots
          .filter((x) => x.start >= from && x.start < to)
          .reduceRight((t, x) => t.slice(0, x.start - from) + t.slice(x.end - from), s.text.slice(from, to)),
      );
    },
  );

  it.each(slotted.map((x) => [x.s.id, x] as const))(
    '%s: slots hold figures, placeholders, dates or the office, never ordinary words',
    (_, { s, slots }) => {
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) {
        const text = s.text.slice(slot.start, slot.end);
        expect(SLOT_TYPES).toContain(slot.type);
        if (slot.type === '单位') expect(text).toMatch(/办$|办公室$/u);
        else if (slot.type === '日期') expect(text).toMatch(/^[0-9０-９XＸ]+月[0-9０-９XＸ]+[日号]$/u);
        else expect(text).toMatch(/^[0-9０-９.．XxＸｘ*＊]+$/u);
      }
      expect(slots.some((x) => /^(?:我办|本办|办公室)$/u.test(s.text.slice(x.start, x.end)))).toBe(false);
    },
  );

  it.each(slotted.map((x) => [x.s.id, x] as const))(
    '%s: the template names the office as 【单位】 in the title or the body',
    (_, { s, slots }) => {
      const unit = unitNamesOf(s);
      const title = s.titleLines.map((l) => tpl(l, { unit })).join('');
      expect(title + templateOf(s.text, slots)).toContain(slotLabel('单位'));
    },
  );
});
