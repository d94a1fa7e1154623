import { describe, expect, it } from 'vitest';
import { GROUPS } from '../../../src/lib/offices.ts';
import { ROLES } from '../../../src/lib/structure/model.ts';
import { inGroup } from '../../../src/lib/view/groups.ts';
import { TEMPLATES_PAGE_SIZE } from '../../../src/lib/view/paging.ts';
import { roleCards, roleCount, rolePages, rolePath, skeletonPage, skeletonPages, templatePages } from '../../../src/lib/view/templates.ts';
import { committedEntries } from '../../committed.ts';
import { syntheticSamples, realSamples } from '../../../scripts/bench/corpus.ts';
import { entryOf } from '../../../src/build/collection.ts';

// Synthetic samples with the structure the loader computes, enough for several pages of each role.
const samples = syntheticSamples(realSamples(), 120).map((b) => entryOf(b.sample));

describe('rolePages', () => {
  it.each(ROLES)('cuts the %s cards of all levels and of each group into pages of 20, each card on one page', (role) => {
    const pages = rolePages(samples, role);
    for (const group of [null, ...GROUPS]) {
      const mine = pages.filter((p) => p.group === group);
      const cards = roleCards(samples, role, group);
      expect(mine.map((p) => p.page)).toEqual(mine.map((_, k) => k + 1));
      expect(mine.flatMap((p) => p.cards.map((c) => c.dataId))).toEqual(cards.map((c) => c.dataId));
      for (const p of mine) {
        expect(p.cards.length).toBeLessThanOrEqual(TEMPLATES_PAGE_SIZE);
        expect([p.total, p.pages]).toEqual([cards.length, Math.max(1, Math.ceil(cards.length / TEMPLATES_PAGE_SIZE))]);
        expect(p.counts[group ?? 'all']).toBe(cards.length);
        expect(p.path).toBe(p.page === 1 ? rolePath(role, group) : `${rolePath(role, group)}page/${p.page}/`);
        expect(`/templates/${role}/${p.rest === undefined ? '' : p.rest + '/'}`).toBe(p.path);
      }
    }
  });

  it('pages roles with more than 20 cards', () => {
    expect(ROLES.some((role) => rolePages(samples, role).some((p) => p.page > 1))).toBe(true);
  });

  it('keeps the role pages of the committed samples at their URLs, page 2 on where a group has more than 20', () => {
    const committed = committedEntries();
    for (const role of ROLES) {
      const pages = rolePages(committed, role);
      const expected = [null, ...GROUPS].flatMap((g) => {
        const n = Math.max(1, Math.ceil(roleCards(committed, role, g).length / TEMPLATES_PAGE_SIZE));
        return Array.from({ length: n }, (_, k) => (k === 0 ? rolePath(role, g) : `${rolePath(role, g)}page/${k + 1}/`));
      });
      expect(pages.map((p) => p.path)).toEqual(expected);
      expect(pages[0]!.counts.individual).toBe(roleCards(committed, role).filter((c) => inGroup(c.sample, 'individual')).length);
    }
  });
});

describe('templatePages', () => {
  it('are the pages of every role, in role order', () => {
    expect(templatePages(samples)).toEqual(ROLES.flatMap((role) => rolePages(samples, role)));
    expect(templatePages(committedEntries())).toEqual(ROLES.flatMap((role) => rolePages(committedEntries(), role)));
  });
});

describe('roleCount', () => {
  it.each(ROLES)('counts the %s cards without making them', (role) => {
    expect(roleCount(samples, role)).toBe(roleCards(samples, role).length);
    expect(roleCount(committedEntries(), role)).toBe(roleCards(committedEntries(), role).length);
  });
});

describe('skeletonPage', () => {
  it('holds the skeletons of 20 samples a page, in collection order, every sample once', () => {
    const { pages } = skeletonPage(samples, 1);
    expect(pages).toBe(Math.ceil(samples.length / TEMPLATES_PAGE_SIZE));
    const all = Array.from({ length: pages }, (_, k) => skeletonPage(samples, k + 1).skeletons);
    expect(all.every((list) => list.length <= TEMPLATES_PAGE_SIZE)).toBe(true);
    expect(all.flat().map((k) => k.sample.id)).toEqual(samples.map((s) => s.id).sort());
  });
});

describe('skeletonPages', () => {
  it('are every skeletonPage, in page order', () => {
    const { pages } = skeletonPage(samples, 1);
    expect(pages).toBeGreaterThan(1);
    expect(skeletonPages(samples)).toEqual(Array.from({ length: pages }, (_, k) => skeletonPage(samples, k + 1)));
    expect(skeletonPages(committedEntries())).toEqual([skeletonPage(committedEntries(), 1)]);
  });
});
