import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import {
  isActiveOn,
  isSiteAllowed,
  isValidSitePattern,
  normalizeSitePattern,
  pauseSite,
  resumeSite,
  siteMatches,
  sitePatternFor,
} from '@/lib/settings/sites';

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...overrides };
}

describe('normalizeSitePattern', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['example.com.', 'example.com'],
    ['example.com/news/today', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['intranet', 'intranet'],
    ['my_host.example.com', 'my_host.example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['*.example.com', '*.example.com'],
    ['*.Bücher.de', '*.xn--bcher-kva.de'],
    ['https://example.com', 'https://example.com'],
    ['https://example.com/', 'https://example.com'],
    ['HTTPS://Example.com:8443/path?q=1#x', 'https://example.com:8443'],
    ['https://example.com:443', 'https://example.com'],
    ['http://example.com:80/', 'http://example.com'],
    ['http://127.0.0.1:4173', 'http://127.0.0.1:4173'],
    ['http://localhost:3000/app', 'http://localhost:3000'],
    ['http://[::1]:8080/', 'http://[::1]:8080'],
    ['https://bücher.de', 'https://xn--bcher-kva.de'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSitePattern(input)).toBe(expected);
    expect(isValidSitePattern(input)).toBe(true);
  });

  it.each([
    '',
    '   ',
    'exa mple.com',
    'example.com:8080',
    'example..com',
    '-example.com',
    'example-.com',
    `${'a'.repeat(64)}.com`,
    `${'abcdefghi.'.repeat(26)}com`,
    '*',
    '*.',
    '*example.com',
    'a.*.example.com',
    '*.127.0.0.1',
    '127.1',
    '123',
    '0x7f.0.0.1',
    'user@example.com',
    '[::1]',
    'ftp://example.com',
    'file:///home/me',
    'javascript:alert(1)',
    'chrome://extensions',
    'https://',
    'https://user:pw@example.com',
    'https://*.example.com',
    'https://exa mple.com',
    'x'.repeat(301),
  ])('rejects %j', (input) => {
    expect(normalizeSitePattern(input)).toBeNull();
    expect(isValidSitePattern(input)).toBe(false);
  });
});

describe('siteMatches', () => {
  it.each([
    ['example.com', 'https://example.com/', true],
    ['example.com', 'http://example.com:8080/a?b', true],
    ['example.com', 'https://www.example.com/page', true],
    ['example.com', 'https://EXAMPLE.com./', true],
    ['example.com', 'https://news.example.com/', false],
    ['example.com', 'https://www.news.example.com/', false],
    ['example.com', 'https://notexample.com/', false],
    ['example.com', 'https://example.com.evil.net/', false],
    ['www.example.com', 'https://example.com/', false],
    ['www.example.com', 'https://www.example.com/', true],
    ['*.example.com', 'https://example.com/', true],
    ['*.example.com', 'https://www.example.com/', true],
    ['*.example.com', 'https://a.b.example.com/', true],
    ['*.example.com', 'https://badexample.com/', false],
    ['https://example.com:8443', 'https://example.com:8443/x', true],
    ['https://example.com:8443', 'https://example.com/x', false],
    ['https://example.com:8443', 'http://example.com:8443/x', false],
    ['https://example.com', 'https://example.com:443/', true],
    ['https://example.com', 'https://www.example.com/', false],
    ['http://127.0.0.1:4173', 'http://127.0.0.1:4173/fixtures/a.html', true],
    ['http://127.0.0.1:4173', 'http://127.0.0.1:5173/', false],
    ['127.0.0.1', 'http://127.0.0.1:4173/', true],
    ['localhost', 'http://localhost:3000/', true],
    ['bücher.de', 'https://xn--bcher-kva.de/', true],
    ['xn--bcher-kva.de', 'https://bücher.de/', true],
    ['Example.COM', 'https://example.com/', true],
    ['not a pattern', 'https://example.com/', false],
    ['example.com', 'not a url', false],
    ['example.com', 'file:///example.com/index.html', false],
  ])('%s covers %s: %s', (pattern, url, expected) => {
    expect(siteMatches(pattern, url)).toBe(expected);
  });

  it('takes URL objects too', () => {
    expect(siteMatches('example.com', new URL('https://www.example.com/'))).toBe(true);
  });
});

describe('isActiveOn', () => {
  const page = 'https://www.example.com/article';

  it('runs everywhere by default', () => {
    expect(isActiveOn(settings(), page)).toBe(true);
    expect(isActiveOn(settings(), 'file:///tmp/a.html')).toBe(true);
  });

  it('lets the site rules be read apart from the on/off switch (for "paused here")', () => {
    const off = settings({ enabled: false, sites: ['example.com'] });
    expect(isSiteAllowed(off, page)).toBe(false);
    expect(isSiteAllowed(off, 'https://example.org/')).toBe(true);
    expect(isActiveOn(off, 'https://example.org/')).toBe(false);
  });

  it('never runs when switched off', () => {
    expect(isActiveOn(settings({ enabled: false }), page)).toBe(false);
    expect(isActiveOn(settings({ enabled: false, siteMode: 'only', sites: ['example.com'] }), page)).toBe(false);
  });

  it('skips listed sites in "except" mode', () => {
    const s = settings({ sites: ['example.com'] });
    expect(isActiveOn(s, page)).toBe(false);
    expect(isActiveOn(s, 'https://example.org/')).toBe(true);
  });

  it('runs only on listed sites in "only" mode', () => {
    const s = settings({ siteMode: 'only', sites: ['*.example.com', 'http://127.0.0.1:4173'] });
    expect(isActiveOn(s, page)).toBe(true);
    expect(isActiveOn(s, 'http://127.0.0.1:4173/')).toBe(true);
    expect(isActiveOn(s, 'http://127.0.0.1:9999/')).toBe(false);
    expect(isActiveOn(s, 'https://example.org/')).toBe(false);
    expect(isActiveOn(settings({ siteMode: 'only' }), page)).toBe(false);
  });
});

describe('sitePatternFor', () => {
  it.each([
    ['https://www.example.com/a', 'example.com'],
    ['https://news.example.com/a', 'news.example.com'],
    ['http://127.0.0.1:4173/', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['https://www/', 'www'],
    ['file:///tmp/a.html', null],
    ['about:blank', null],
    ['nonsense', null],
  ])('%s → %s', (url, expected) => {
    expect(sitePatternFor(url)).toBe(expected);
  });
});

describe('pauseSite and resumeSite', () => {
  const page = 'https://www.example.com/article';

  it('in "except" mode, pausing adds the hostname and resuming removes every covering entry', () => {
    const start = settings({ sites: ['other.org'] });
    const paused = pauseSite(start, page);
    expect(paused.sites).toEqual(['other.org', 'example.com']);
    expect(isActiveOn(paused, page)).toBe(false);
    expect(isActiveOn(paused, 'https://example.com/')).toBe(false);
    expect(start.sites).toEqual(['other.org']);

    const wider = { ...paused, sites: [...paused.sites, '*.example.com'] };
    const resumed = resumeSite(wider, page);
    expect(resumed.sites).toEqual(['other.org']);
    expect(isActiveOn(resumed, page)).toBe(true);
  });

  it('in "only" mode, pausing removes the covering entries and resuming adds the hostname', () => {
    const start = settings({ siteMode: 'only', sites: ['example.com', '*.example.com', 'other.org'] });
    const paused = pauseSite(start, page);
    expect(paused.sites).toEqual(['other.org']);
    expect(isActiveOn(paused, page)).toBe(false);

    const resumed = resumeSite(paused, page);
    expect(resumed.sites).toEqual(['other.org', 'example.com']);
    expect(isActiveOn(resumed, page)).toBe(true);
  });

  it('changes nothing when the site is already in the wanted state', () => {
    const paused = settings({ sites: ['example.com'] });
    expect(pauseSite(paused, page)).toBe(paused);
    const running = settings();
    expect(resumeSite(running, page)).toBe(running);
    const only = settings({ siteMode: 'only', sites: ['example.com'] });
    expect(resumeSite(only, page)).toBe(only);
  });

  it('leaves the on/off switch alone', () => {
    const off = settings({ enabled: false });
    expect(pauseSite(off, page).enabled).toBe(false);
    expect(resumeSite(pauseSite(off, page), page).enabled).toBe(false);
  });

  it('cannot pause a page without a hostname, and says so by returning the same settings', () => {
    const start = settings();
    expect(pauseSite(start, 'file:///tmp/a.html')).toBe(start);
  });

  it('pausing an IP page with a port covers that address on every port', () => {
    const paused = pauseSite(settings(), 'http://127.0.0.1:4173/fixtures/');
    expect(paused.sites).toEqual(['127.0.0.1']);
    expect(isActiveOn(paused, 'http://127.0.0.1:5173/')).toBe(false);
  });
});
