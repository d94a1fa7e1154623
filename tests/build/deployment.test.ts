import { describe, expect, it } from 'vitest';
import { deploymentOf } from '../../src/build/deployment.ts';

describe('where a build is served, from FANWENKU_BASE and FANWENKU_SITE', () => {
  it('is the domain root with no public origin by default', () => {
    expect(deploymentOf({})).toEqual({ base: '/', site: null, searchBundle: 2000 });
    expect(deploymentOf({ FANWENKU_BASE: ' ', FANWENKU_SITE: '' })).toEqual({ base: '/', site: null, searchBundle: 2000 });
  });

  it('writes the base with one slash at each end, however it was typed', () => {
    for (const typed of ['/fanwenku/', 'fanwenku', '/fanwenku', 'fanwenku/', '//fanwenku//'])
      expect(deploymentOf({ FANWENKU_BASE: typed }).base).toBe('/fanwenku/');
    expect(deploymentOf({ FANWENKU_BASE: '/office/fanwenku' }).base).toBe('/office/fanwenku/');
  });

  it('refuses a base that is not plain path segments: it is written into HTML, CSS and server configs as it is', () => {
    for (const bad of ['/../etc/', '/a b/', '/范文库/', '/a"b/', '/a;b/'])
      expect(() => deploymentOf({ FANWENKU_BASE: bad })).toThrow(/FANWENKU_BASE/);
  });

  it('takes the public origin of an http(s) URL, and nothing else', () => {
    expect(deploymentOf({ FANWENKU_SITE: 'https://fanwenku.example.org/' }).site).toBe('https://fanwenku.example.org');
    expect(deploymentOf({ FANWENKU_SITE: 'http://10.0.0.5:8080' }).site).toBe('http://10.0.0.5:8080');
    expect(() => deploymentOf({ FANWENKU_SITE: 'fanwenku.example.org' })).toThrow(/absolute/);
    expect(() => deploymentOf({ FANWENKU_SITE: 'ftp://fanwenku.example.org' })).toThrow(/http/);
    expect(() => deploymentOf({ FANWENKU_SITE: 'https://example.org/fanwenku/' })).toThrow(/FANWENKU_BASE/);
  });

  it('reads the samples per search bundle as a whole number from 1, 2000 when unset', () => {
    expect(deploymentOf({ FANWENKU_SEARCH_BUNDLE: ' 5 ' }).searchBundle).toBe(5);
    expect(deploymentOf({ FANWENKU_SEARCH_BUNDLE: '' }).searchBundle).toBe(2000);
    for (const bad of ['0', '-3', '2.5', '1e3', 'many', '05'])
      expect(() => deploymentOf({ FANWENKU_SEARCH_BUNDLE: bad }), bad).toThrow(/FANWENKU_SEARCH_BUNDLE/);
  });
});
