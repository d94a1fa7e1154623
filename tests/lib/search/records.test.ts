import { describe, expect, it } from 'vitest';
import { searchable } from '../../../src/lib/search/encode.ts';
import { facets, searchRecords } from '../../../src/lib/search/records.ts';
import { labelledTitle } from '../../../src/lib/view/titleLabels.ts';
import { committedEntries } from '../../committed.ts';
import { seedRecords } from './corpus.ts';

describe('searchRecord', () => {
  const seeds = seedRecords();

  it('indexes title lines and body, whitespace removed', () => {
    for (const { sample, record } of seeds) {
      const title = sample.titleInferred ? '' : sample.titleLines.join('');
      expect(record.text).toBe(searchable(title + sample.text));
      expect(record.url).toBe(`/samples/${sample.id}/`);
    }
  });

  it('places every heading: its section starts with the heading as written', () => {
    for (const { sample, record } of seeds) {
      const starts = record.meta.sections.map((s) => s.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const h of sample.structure.outline) {
        const section = record.meta.sections.find((s) => s.anchor === h.id);
        expect(section, `${sample.id} ${h.id}`).toBeDefined();
        expect(record.text.slice(section!.start)).toMatch(new RegExp(`^${RegExp.escape(searchable(h.marker + h.text))}`));
        expect(section!.role).toBe(sample.structure.parts.find((p) => h.start >= p.start && h.start < p.end)!.role);
      }
    }
  });

  it('starts with the title section, and every part has a section', () => {
    for (const { sample, record } of seeds) {
      if (!sample.titleInferred) expect(record.meta.sections[0]).toMatchObject({ start: 0, anchor: '', role: null });
      for (const p of sample.structure.parts) {
        const at = record.meta.sections.filter((s) => s.role === p.role);
        expect(at.length, `${sample.id} ${p.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('carries the filters readers see', () => {
    const rec = seeds.find((s) => s.sample.level === 'county')!.record;
    expect(rec.filters.level).toEqual(['县级']);
    expect(rec.filters.year[0]).toMatch(/^(\d{4}年|年份未注明)$/u);
    const all = facets(seeds.map((s) => s.record.meta));
    expect(all.perspective.reduce((n, v) => n + v.count, 0)).toBe(seeds.length);
    expect(all.level.map((v) => v.value)).toEqual(
      ['市级', '县级', '区级', '街道乡镇', '部门'].filter((l) => all.level.some((v) => v.value === l)),
    );
    expect(all.organ.map((v) => v.count)).toEqual([...all.organ.map((v) => v.count)].sort((a, b) => b - a));
  });
});

describe('searchRecords', () => {
  it('gives every committed sample a result name of its own, labelling only titles that collide', () => {
    const entries = committedEntries();
    const records = searchRecords(entries);
    const names = records.map((r) => labelledTitle(r.meta.title, r.meta.label ?? undefined));
    expect(new Set(names).size).toBe(entries.length);
    for (const r of records) expect(r.meta.label !== null).toBe(entries.filter((e) => e.title === r.meta.title).length > 1);
  });
});
