import { describe, expect, it } from 'vitest';
import { cacheKey, isImmutable } from '../../../src/lib/offline/caches.ts';
import { offlineManifest, requestPath, type BuiltFile } from '../../../src/lib/offline/manifest.ts';

const file = (name: string, bytes = 10, hash = name): BuiltFile => ({ file: name, bytes, hash });
const shellPages = [file('index.html'), file('search/index.html'), file('offline/index.html')];
// The digest as the identity: the version is then exactly what is hashed.
const digest = (s: string) => s;

describe('what a build offers offline', () => {
  it('names each file as the browser requests it, and leaves out what no reader fetches', () => {
    expect(requestPath('index.html')).toBe('');
    expect(requestPath('samples/002/index.html')).toBe('samples/002/');
    expect(requestPath('404.html')).toBe('404.html');
    expect(requestPath('_astro/Base.x1.css')).toBe('_astro/Base.x1.css');
    expect(requestPath('docx/002-template.docx')).toBe('docx/002-template.docx');
    expect(requestPath('favicon.svg')).toBe('favicon.svg');
    expect(requestPath('check/features/county.json')).toBe('check/features/county.json');
    expect(requestPath('check/features/county-2.json')).toBe('check/features/county-2.json');
    for (const used of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind.zxx_4.pf_meta',
      'pagefind/index/zxx_1.pf_index',
      'pagefind/fragment/zxx_2.pf_fragment',
      'pagefind/filter/zxx_3.pf_filter',
      // A later search bundle: its entry, metadata and chunks.
      'pagefind/bundle-2/pagefind-entry.json',
      'pagefind/bundle-2/pagefind.zxx_5.pf_meta',
      'pagefind/bundle-12/index/zxx_6.pf_index',
      'pagefind/bundle-2/fragment/zxx_7.pf_fragment',
      'pagefind/bundle-2/filter/zxx_8.pf_filter',
    ])
      expect(requestPath(used)).toBe(used);
    for (const unused of [
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-component-ui.css',
      'pagefind/pagefind-highlight.js',
      'pagefind/pagefind-worker.js',
      // A later bundle runs on the first bundle's script and WebAssembly.
      'pagefind/bundle-2/pagefind.js',
      'pagefind/bundle-2/wasm.unknown.pagefind',
      'pagefind/bundle-2/pagefind-ui.js',
      'sw.js',
      'offline.json',
      'robots.txt',
      'sitemap-0.xml',
    ])
      expect(requestPath(unused)).toBeNull();
  });

  it('keeps the styles, scripts, search runtime and the home, search and 离线阅读 pages in the shell, not the index chunks, samples or downloads', () => {
    const m = offlineManifest(
      [
        ...shellPages,
        file('_astro/a.css'),
        file('_astro/b.js'),
        file('favicon.svg'),
        file('pagefind/pagefind.js'),
        file('pagefind/wasm.unknown.pagefind'),
        file('pagefind/filter/f.pf_filter'),
        file('pagefind/index/i.pf_index'),
        file('pagefind/fragment/g.pf_fragment'),
        file('samples/002/index.html'),
        file('docx/002.docx'),
        file('sw.js'),
      ],
      digest,
    );
    expect(m.shell.sort()).toEqual(
      [
        '',
        '_astro/a.css',
        '_astro/b.js',
        'favicon.svg',
        'offline/',
        'pagefind/filter/f.pf_filter',
        'pagefind/pagefind.js',
        'pagefind/wasm.unknown.pagefind',
        'search/',
      ].sort(),
    );
    expect(Object.keys(m.files)).toHaveLength(13);
    expect(m.bytes).toBe(130);
  });

  it('changes its version when any file changes, and only then; order of listing does not matter', () => {
    const a = offlineManifest([...shellPages, file('samples/002/index.html', 10, 'v1')], digest).version;
    expect(offlineManifest([file('samples/002/index.html', 10, 'v1'), ...shellPages.reverse()], digest).version).toBe(a);
    expect(offlineManifest([...shellPages, file('samples/002/index.html', 10, 'v2')], digest).version).not.toBe(a);
  });

  it('refuses a build without the pages the shell needs', () => {
    expect(() => offlineManifest([file('index.html')], digest)).toThrow(/\/search\/, \/offline\//);
  });
});

describe('the offline caches', () => {
  it('keep a request under its URL without query or fragment', () => {
    expect(cacheKey('https://x.org/fanwenku/samples/002/?hl=%E4%BB%A5#h-1')).toBe('https://x.org/fanwenku/samples/002/');
    expect(cacheKey('https://x.org/fanwenku/pagefind/pagefind-entry.json?ts=123')).toBe(
      'https://x.org/fanwenku/pagefind/pagefind-entry.json',
    );
  });

  it('answer from the cache first only for content-named files', () => {
    for (const path of [
      '_astro/Base.x1.css',
      'pagefind/index/zxx_1.pf_index',
      'pagefind/fragment/zxx_2.pf_fragment',
      'pagefind/filter/zxx_3.pf_filter',
    ])
      expect(isImmutable(path), path).toBe(true);
    for (const path of [
      '',
      'samples/002/',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.zxx_4.pf_meta',
      'docx/002.docx',
      'sw.js',
      'x/_astro/y',
    ])
      expect(isImmutable(path), path).toBe(false);
  });
});
