import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, localized, pageHref, paths, withBase } from '../../src/lib/site/urls.ts';

describe('withBase', () => {
  it('prefixes the base path with exactly one slash', () => {
    expect(withBase('/', 'reports/a/')).toBe('/reports/a/');
    expect(withBase('/sub/path/', 'reports/a/')).toBe('/sub/path/reports/a/');
    expect(withBase('/sub/path', 'reports/a/')).toBe('/sub/path/reports/a/');
    expect(withBase('/sub/path/', '/data/sources/x.txt')).toBe('/sub/path/data/sources/x.txt');
    expect(withBase('sub/', '')).toBe('/sub/');
  });
});

describe('localized', () => {
  it('puts English pages under en/', () => {
    expect(localized('zh', 'reports/a/')).toBe('reports/a/');
    expect(localized('en', 'reports/a/')).toBe('en/reports/a/');
    expect(localized('en', '')).toBe('en/');
  });
});

describe('href under the configured base', () => {
  it('uses import.meta.env.BASE_URL', () => {
    const base = import.meta.env.BASE_URL;
    expect(href('data/sources/x.txt')).toBe(withBase(base, 'data/sources/x.txt'));
    expect(pageHref('en', paths.report('r'))).toBe(withBase(base, 'en/reports/r/'));
  });
});

describe('paths', () => {
  it('link a source line as #L<line>', () => {
    expect(paths.source('r', 87)).toBe('sources/r/#L87');
    expect(paths.source('r')).toBe('sources/r/');
  });
  it('compare takes the ids as one comma-separated parameter', () => {
    expect(paths.compare(['a', 'b', 'c'])).toBe('compare/?ids=a,b,c');
    expect(paths.compare()).toBe('compare/');
  });
  it('the departments list is a section of the overview', () => {
    expect(pageHref('zh', paths.departments())).toMatch(/\/#departments$/u);
  });
});

describe('absoluteUrl', () => {
  it('joins the site origin and a path that already carries the base', () => {
    expect(absoluteUrl(new URL('https://example.org'), '/sub/path/en/')).toBe('https://example.org/sub/path/en/');
    expect(absoluteUrl(undefined, '/en/')).toBe('/en/');
  });
});
