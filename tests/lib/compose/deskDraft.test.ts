import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  addSection,
  moveSection,
  parseDraft,
  removeSection,
  serializeDraft,
  setMode,
  setOverride,
  setValue,
  sortByRole,
  type Draft,
} from '../../../src/lib/compose/deskDraft.ts';
import { section } from './sections.ts';

const plans = section('001-09', 'plans');
const opening = section('001-07', 'opening');
const problems = section('002', 'problems');
const withThree = (): Draft => [plans, opening, problems].reduce((d, s) => addSection(d, s).draft, EMPTY_DRAFT);
const keys = (d: Draft) => d.sections.map((s) => s.key);

describe('a section added from a sample', () => {
  it('holds its range’s pieces and where it came from, as a template', () => {
    expect(plans).toMatchObject({
      key: '001-09#plans',
      sample: '001-09',
      section: 'plans',
      role: 'plans',
      label: '下一步打算',
      mode: 'template',
    });
    expect(plans.outline[0]!.pieces[0]).toBe('五、下一步工作计划及重点工作');
    expect(plans.blocks[0]!.heading).toBe(1);
  });

  it('is added once', () => {
    const once = addSection(EMPTY_DRAFT, plans);
    expect(once.added).toBe(true);
    const twice = addSection(once.draft, section('001-09', 'plans'));
    expect(twice).toEqual({ draft: once.draft, added: false });
  });
});

describe('arranging', () => {
  it('moves a section one place, and not past either end', () => {
    const d = withThree();
    expect(keys(moveSection(d, 1, -1))).toEqual(['001-07#opening', '001-09#plans', '002#problems']);
    expect(keys(moveSection(d, 1, 1))).toEqual(['001-09#plans', '002#problems', '001-07#opening']);
    expect(moveSection(d, 0, -1)).toBe(d);
    expect(moveSection(d, 2, 1)).toBe(d);
  });

  it('orders by role, keeping the reader’s order within a role', () => {
    const d = addSection(withThree(), section('001-01', 'achievements-2')).draft;
    const more = addSection(d, section('001-09', 'achievements-2')).draft;
    expect(keys(sortByRole(more))).toEqual([
      '001-07#opening',
      '001-01#achievements-2',
      '001-09#achievements-2',
      '002#problems',
      '001-09#plans',
    ]);
  });

  it('removes a section with the slots it overrode, and no other', () => {
    const d = setOverride(setOverride(withThree(), '002#problems/0', '甲'), '001-09#plans/0', '乙');
    const after = removeSection(d, 2);
    expect(keys(after)).toEqual(['001-09#plans', '001-07#opening']);
    expect(after.overrides).toEqual({ '001-09#plans/0': '乙' });
  });
});

describe('values', () => {
  it('an empty value leaves its slots unfilled; a null override gives the slot back to its type', () => {
    const d = setValue(setValue(EMPTY_DRAFT, '单位', '某县政府办公室'), '年份', '2024');
    expect(setValue(d, '年份', '  ').values).toEqual({ 单位: '某县政府办公室' });
    expect(setOverride(setOverride(d, 'title/0', '甲'), 'title/0', null).overrides).toEqual({});
  });
});

describe('stored and read back', () => {
  it('round-trips', () => {
    const d = setMode(setOverride(setValue(withThree(), '单位', '某办'), 'x/1', '甲'), 1, 'original');
    expect(parseDraft(serializeDraft({ ...d, title: '标题' }))).toEqual({ ...d, title: '标题' });
  });

  it('reads anything else as the empty draft, dropping what is not a section or a slot type', () => {
    for (const bad of [null, '', '{', '[]', '{"sections":[]}', JSON.stringify({ version: 2, sections: [] })])
      expect(parseDraft(bad)).toEqual(EMPTY_DRAFT);
    const stored = JSON.parse(serializeDraft(withThree()));
    const broken = { ...stored.sections[0], section: 'broken', blocks: [{ at: 0, runs: [{ pieces: [{ slot: '颜色', text: '红' }] }] }] };
    stored.sections.splice(1, 0, { sample: '1', role: 'nothing' }, stored.sections[0], broken, {
      ...broken,
      blocks: [],
      outline: [{ at: 0 }],
    });
    stored.values = { 单位: '某办', 颜色: '红', 年份: 2024 };
    const read = parseDraft(JSON.stringify(stored));
    expect(keys(read)).toEqual(keys(withThree()));
    expect(read.values).toEqual({ 单位: '某办' });
  });
});
