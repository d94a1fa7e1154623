import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { bundlePath, bundlesOf } from '../../src/lib/search/bundles.ts';
import { builtPages, fromSite } from './pages.ts';
import { committedEntries } from '../committed.ts';

const dist = inject('distDir');
const pages = builtPages(dist);
const committed = committedEntries();
const fileOf = (path: string) => join(dist, path.endsWith('/') ? path + 'index.html' : path);
const html = (path: string) => readFileSync(fileOf(path), 'utf8');

describe('built HTML', () => {
  it('has every page the collection implies', () => {
    const samples = pages.filter((p) => p.startsWith('/samples/'));
    const levels = pages.filter((p) => p.startsWith('/levels/'));
    const sources = pages.filter((p) => p.startsWith('/sources/'));
    expect(samples).toHaveLength(13);
    expect(levels.sort()).toEqual(['city', 'county', 'district', 'street', 'bureau', 'individual'].map((l) => `/levels/${l}/`).sort());
    expect(sources).toHaveLength(5);
    expect(pages).toContain('/');
    expect(pages).toContain('/404.html');
    // The templates view: an index, and per role a page for all levels and one per level group, empty ones too,
    // each with a page more for every 20 parts after its first 20.
    const templates = pages.filter((p) => p.startsWith('/templates/'));
    const roles = ['opening', 'achievements', 'problems', 'plans', 'closing'];
    const groups = ['city', 'county', 'district', 'street', 'bureau', 'individual'];
    const partsIn = (role: string, group: string | null) =>
      committed
        .filter((s) => group === null || (group === 'individual' ? s.perspective === 'individual' : s.level === group))
        .flatMap((s) => s.structure.parts.filter((p) => p.role === role)).length;
    const paged = (path: string, n: number) =>
      Array.from({ length: Math.max(1, Math.ceil(n / 20)) }, (_, k) => (k === 0 ? path : `${path}page/${k + 1}/`));
    expect(templates.sort()).toEqual(
      [
        '/templates/',
        ...roles.flatMap((r) => [null, ...groups].flatMap((g) => paged(`/templates/${r}/${g === null ? '' : `${g}/`}`, partsIn(r, g)))),
      ].sort(),
    );
    expect(templates.some((p) => p.includes('/page/'))).toBe(true);
  });

  it.each(pages)('%s is valid HTML', async (path) => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        'no-inline-style': 'off',
        // A group of checkboxes sharing one name is how a form submits several values (`?level=县级&level=市级`).
        'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
      },
    });
    const report = await validator.validateString(html(path), fileOf(path));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });

  // Every page carries one small inline script (the search box's keys, the 写作台 count and the
  // service worker's registration). Beyond it: the search page and sample pages (highlight on
  // arrival from search) load a module, pages with copy actions load the copy island (its 加入写作台
  // too) and carry its data as JSON, the draft checker loads its island and carries the list of
  // its shards of sample features as JSON, 写作台 loads its island with no data (the draft is in the reader's browser),
  // and the 离线阅读 page lists what is kept; nothing else loads a script.
  it.each(pages)('%s is zh-CN, loads no web font and only the scripts it needs', (path) => {
    const page = html(path);
    expect(page).toMatch(/<html[^>]*\blang="zh-CN"/);
    expect(page).not.toMatch(/@font-face|fonts\.googleapis|\.woff2?\b/i);
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attributes: m[1]!, body: m[2]! }));
    const keys = scripts.filter((x) => x.attributes === '' && /^\s*\(\(\) => \{[\s\S]*data-search-input/.test(x.body));
    const modules = scripts.filter((x) => /\btype="module"/.test(x.attributes));
    const data = scripts.filter((x) => /\btype="application\/json"/.test(x.attributes));
    expect(keys).toHaveLength(1);
    expect(keys.length + modules.length + data.length).toBe(scripts.length);
    for (const m of modules) {
      expect(m.attributes).toMatch(new RegExp(`\\bsrc="${inject('base')}_astro/[^"]+\\.js"`));
      expect(m.body).toBe('');
    }
    const checker = path === '/check/';
    const needsModule =
      path === '/search/' ||
      path === '/offline/' ||
      path.startsWith('/samples/') ||
      checker ||
      path === '/compose/' ||
      page.includes('<copy-actions');
    expect(modules.length > 0).toBe(needsModule);
    if (page.includes('<copy-actions') || checker) {
      // Sample text is data: nothing in it can end the element or open markup.
      expect(data.length).toBeGreaterThan(0);
      for (const d of data) expect(d.body).not.toContain('<');
    } else {
      expect(data).toEqual([]);
    }
  });

  // Links and their fragments: every internal href and src is under the base and names a file the
  // build wrote, and every `#fragment` (on the same page or another) names an element id there.
  it('has no broken internal links or anchors', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
        ids.set(file, set);
      }
      return set;
    };
    const broken: string[] = [];
    let anchors = 0;
    for (const path of pages) {
      for (const [, raw] of html(path).matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const href = raw!.replaceAll('&amp;', '&');
        if (href.startsWith('//') || !(href.startsWith('/') || href.startsWith('#'))) continue;
        if (href.startsWith('/') && !href.startsWith(inject('base'))) {
          broken.push(`${path} → ${href} (outside ${inject('base')})`);
          continue;
        }
        const [beforeHash, fragment] = href.split('#') as [string, string | undefined];
        const target = decodeURIComponent(fromSite(beforeHash.split('?')[0]!));
        const file = target === '' ? fileOf(path) : target.endsWith('/') ? join(dist, target, 'index.html') : join(dist, target);
        if (!existsSync(file)) broken.push(`${path} → ${href}`);
        else if (fragment !== undefined && fragment !== '') {
          anchors++;
          if (!file.endsWith('.html') || !idsOf(file).has(decodeURIComponent(fragment))) broken.push(`${path} → ${href} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(anchors).toBeGreaterThan(0);
  });

  it('has a Pagefind index with one record per sample, across its bundles', () => {
    expect(readdirSync(join(dist, 'pagefind'))).toContain('pagefind.js');
    const ids = pages.filter((p) => p.startsWith('/samples/')).map((p) => p.split('/')[2]!);
    const samples = ids.length;
    const bundles = bundlesOf(ids, (id) => id, inject('searchBundle')).length;
    let records = 0;
    for (let k = 0; k < bundles; k++) {
      const entry = JSON.parse(readFileSync(join(dist, bundlePath(k), 'pagefind-entry.json'), 'utf8'));
      expect(Object.keys(entry.languages)).toEqual(['zxx']);
      records += entry.languages.zxx.page_count;
    }
    expect(records).toBe(samples);
  });
});
