import { describe, expect, it } from 'vitest';
import { analyzeSample } from '../../../src/lib/source.ts';
import { splitSource, type RawSample } from '../../../src/lib/import/split.ts';
import { SEED, seedText } from './helpers.ts';

function raw(titleLines: string[], body: string): RawSample {
  return {
    index: null,
    lines: [1, titleLines.length + body.split('\n').length],
    sourceNote: null,
    titleLines,
    bodyStart: titleLines.length + 1,
    body,
  };
}
/** Metadata as the pipeline infers it: from the title, the body and the body's structure. */
const meta = (r: RawSample) => analyzeSample(r).metadata;
const seedSamples = (file: string) => splitSource(seedText(file), file).samples;

describe('inferMetadata: small texts', () => {
  it('reads an annual county office summary from its title', () => {
    const m = meta(
      raw(['XX县政府办公室2020年工作总结'], '2020年，县政府办紧紧围绕中心工作。\n一、以文辅政\n二、下一步工作打算\n一是加强学习。'),
    );
    expect(m).toEqual({
      title: 'XX县政府办公室2020年工作总结',
      titleInferred: false,
      level: 'county',
      perspective: 'unit',
      organ: '县政府办',
      role: null,
      year: 2020,
      yearInferred: false,
      period: 'annual',
      hasPlan: true,
      genre: 'summary',
    });
  });

  it('reads an individual summary: role, perspective and the office level', () => {
    const m = meta(raw(['2021年个人工作总结（区委办秘书）'], '一年来，我在领导的关心下，认真学习。我始终坚持。本人将继续努力。'));
    expect(m).toMatchObject({
      level: 'district',
      perspective: 'individual',
      organ: '区委办',
      role: '秘书',
      year: 2021,
      period: 'annual',
      hasPlan: false,
    });
  });

  it('constructs a title from the body when there is none, and marks it', () => {
    const m = meta(raw([], '今年上半年，XX镇党政办在镇党委、镇政府的领导下认真履职。\n一、今年上半年主要工作\n二、下半年工作打算'));
    expect(m).toMatchObject({
      title: '镇党政办上半年工作总结',
      titleInferred: true,
      level: 'street',
      organ: '镇党政办',
      year: null,
      yearInferred: false,
      period: 'half-year',
      hasPlan: true,
    });
  });

  it('keeps an inferred year out of a constructed title', () => {
    const m = meta(raw([], '2019年以来，XX街道党务办认真履职。2019年，共办文X件。'));
    expect(m).toMatchObject({ title: '街道党务办工作总结', titleInferred: true, year: 2019, yearInferred: true, level: 'street' });
  });

  it('leaves level, organ, year and period null when the text does not say', () => {
    const m = meta(raw([], '我们认真学习，扎实工作。'));
    expect(m).toEqual({
      title: '工作总结',
      titleInferred: true,
      level: null,
      perspective: 'unit',
      organ: null,
      role: null,
      year: null,
      yearInferred: false,
      period: null,
      hasPlan: false,
      genre: 'summary',
    });
  });

  it('takes the level from the body when the title names an organ without a level', () => {
    const m = meta(raw(['党政办公室', '2019年工作总结'], '党政办在镇委镇政府的领导下，服务全镇。'));
    expect(m).toMatchObject({ title: '党政办公室2019年工作总结', organ: '镇党政办', level: 'street' });
  });
});

describe('inferMetadata: seeds', () => {
  it('001-08: the title’s city level and role, individual', () => {
    expect(meta(seedSamples(SEED.s001)[7]!)).toMatchObject({
      level: 'city',
      perspective: 'individual',
      organ: '市党委办',
      role: '主任',
      year: 2018,
    });
  });

  it('001-05: the title level wins over the county body', () => {
    expect(meta(seedSamples(SEED.s001)[4]!)).toMatchObject({ level: 'city', organ: '市政协办', hasPlan: true });
  });

  it('001-03 and 001-10: a closing pledge or resolve is not a plan', () => {
    expect(meta(seedSamples(SEED.s001)[2]!).hasPlan).toBe(false);
    expect(meta(seedSamples(SEED.s001)[9]!).hasPlan).toBe(false);
  });

  it('001-04: an unheaded plan counts', () => {
    expect(meta(seedSamples(SEED.s001)[3]!).hasPlan).toBe(true);
  });

  it('002: a slogan title, organ and year from the body', () => {
    expect(meta(seedSamples(SEED.s002)[0]!)).toMatchObject({
      title: '主动作为  提质增效 不断推动办公室工作高质量发展',
      titleInferred: false,
      organ: '街道党务办',
      level: 'street',
      year: 2019,
      yearInferred: true,
    });
  });

  it('004: constructed title, half-year, inferred year kept out of the title', () => {
    expect(meta(seedSamples(SEED.s004)[0]!)).toMatchObject({
      title: '街道党政综合办公室上半年工作总结',
      titleInferred: true,
      organ: '街道党政综合办',
      period: 'half-year',
      year: 2022,
      yearInferred: true,
      hasPlan: true,
    });
  });

  it('depends only on title lines and body, not on where the sample sits', () => {
    const s = seedSamples(SEED.s001)[6]!;
    const moved: RawSample = { ...s, index: null, lines: [1, 17], bodyStart: 3, sourceNote: null };
    expect(meta(moved)).toEqual(meta(s));
  });
});
