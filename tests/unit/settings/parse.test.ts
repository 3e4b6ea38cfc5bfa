import { describe, expect, it } from 'vitest';
import { inspectSettings, parseSettings } from '@/lib/settings/parse';
import { DEFAULT_SETTINGS, defaultSettings, type Settings } from '@/lib/settings/schema';

const GARBAGE: unknown[] = [
  null,
  0,
  -1,
  42,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  'true',
  'garbage',
  [],
  [1, 2],
  {},
  { nested: { deeper: true } },
  () => 1,
  Symbol('x'),
  10n,
];

const VALID: Settings = {
  enabled: false,
  siteMode: 'only',
  sites: ['example.com', '*.example.org', 'http://127.0.0.1:4173'],
  disabledTopics: ['ibm'],
  highlightStyle: 'underline',
  hoverDelayMs: 800,
  cardLanguage: 'fr',
};

describe('parseSettings: whole values', () => {
  it.each([null, undefined, 'settings', 12, true, [], [VALID], new Date(0), new Map()])(
    'gives the defaults for the non-object %s',
    (raw) => {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
      expect(inspectSettings(raw).problems).toEqual([{ path: '', kind: 'not-an-object' }]);
    },
  );

  it('gives the defaults for an empty object, without problems', () => {
    expect(inspectSettings({})).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('keeps a fully valid value as it is', () => {
    expect(inspectSettings(VALID)).toEqual({ settings: VALID, problems: [] });
  });

  it('accepts an object without prototype', () => {
    const raw = Object.assign(Object.create(null) as object, { hoverDelayMs: 900 });
    expect(parseSettings(raw).hoverDelayMs).toBe(900);
  });

  it('drops unknown keys and reports them', () => {
    const { settings, problems } = inspectSettings({ ...VALID, colour: 'red', __proto__x: 1 });
    expect(settings).toEqual(VALID);
    expect(Object.keys(settings)).not.toContain('colour');
    expect(problems).toEqual([
      { path: 'colour', kind: 'unknown-key' },
      { path: '__proto__x', kind: 'unknown-key' },
    ]);
  });

  it('does not let a __proto__ key change anything', () => {
    const raw: unknown = JSON.parse('{"__proto__": {"enabled": false}, "hoverDelayMs": 600}');
    const settings = parseSettings(raw);
    expect(settings.enabled).toBe(true);
    expect(settings.hoverDelayMs).toBe(600);
  });

  it('returns arrays the caller may change without touching the defaults', () => {
    parseSettings(null).sites.push('example.com');
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
  });
});

describe('parseSettings: each field falls back alone and keeps the rest', () => {
  const scalarFields = ['enabled', 'siteMode', 'highlightStyle', 'hoverDelayMs', 'cardLanguage'] as const;

  for (const field of scalarFields) {
    it.each(GARBAGE.filter((value) => !(field === 'enabled' && typeof value === 'boolean')))(
      `${field} = %s gives its default`,
      (garbage) => {
        const { settings, problems } = inspectSettings({ ...VALID, [field]: garbage });
        expect(settings).toEqual({ ...VALID, [field]: DEFAULT_SETTINGS[field] });
        expect(problems).toEqual([{ path: field, kind: 'invalid' }]);
      },
    );
  }

  it.each(['yes', 'no', 1, 0, 'false'])('enabled = %s is not coerced to a boolean', (value) => {
    expect(parseSettings({ enabled: value }).enabled).toBe(true);
    expect(parseSettings({ enabled: false }).enabled).toBe(false);
  });

  it.each([-450, -1, 0, 149, 2001, 1e9, 450.5, Number.MAX_SAFE_INTEGER, '450', '600ms'])(
    'hoverDelayMs = %s gives 450',
    (value) => {
      expect(parseSettings({ ...VALID, hoverDelayMs: value }).hoverDelayMs).toBe(450);
    },
  );

  it.each([
    ['siteMode', 'everywhere'],
    ['siteMode', 'EXCEPT'],
    ['highlightStyle', 'bold'],
    ['highlightStyle', 'Background'],
    ['cardLanguage', 'it'],
    ['cardLanguage', 'DE'],
    ['cardLanguage', 'en-US'],
  ] as const)('%s = %s (not one of the choices) gives its default', (field, value) => {
    const settings = parseSettings({ ...VALID, [field]: value });
    expect(settings[field]).toBe(DEFAULT_SETTINGS[field]);
    expect(settings.hoverDelayMs).toBe(VALID.hoverDelayMs);
  });

  for (const field of ['sites', 'disabledTopics'] as const) {
    it.each([null, 'example.com', 42, { 0: 'example.com' }, true, Number.NaN])(
      `${field} = %s (not an array) gives []`,
      (garbage) => {
        const { settings, problems } = inspectSettings({ ...VALID, [field]: garbage });
        expect(settings[field]).toEqual([]);
        expect(settings.siteMode).toBe(VALID.siteMode);
        expect(problems).toEqual([{ path: field, kind: 'invalid' }]);
      },
    );
  }
});

describe('parseSettings: list entries', () => {
  it('keeps the 3 good sites out of 5', () => {
    const { settings, problems } = inspectSettings({
      sites: ['example.com', 42, '*.example.org', 'not a site', 'http://127.0.0.1:4173'],
    });
    expect(settings.sites).toEqual(['example.com', '*.example.org', 'http://127.0.0.1:4173']);
    expect(problems).toEqual([
      { path: 'sites[1]', kind: 'invalid' },
      { path: 'sites[3]', kind: 'invalid' },
    ]);
  });

  it('drops every kind of non-string and invalid site', () => {
    const sites = [null, undefined, 0, true, [], ['example.com'], { host: 'example.com' }, Number.NaN, '', '   ',
      'exa mple.com', 'ftp://example.com', 'javascript:alert(1)', '*.', '*', 'example.com:8080', '-bad-.com',
      'a'.repeat(64) + '.com', 'http://*.example.com', '*.127.0.0.1', '127.1', 'good.example'];
    expect(parseSettings({ sites }).sites).toEqual(['good.example']);
  });

  it('normalizes sites and merges the duplicates that gives', () => {
    const sites = ['Example.com', 'example.com', ' EXAMPLE.COM ', 'https://Example.com/path?q=1',
      'https://example.com', 'https://example.com:443/', 'bücher.de', 'xn--bcher-kva.de'];
    expect(parseSettings({ sites }).sites).toEqual([
      'example.com',
      'https://example.com',
      'xn--bcher-kva.de',
    ]);
  });

  it('keeps unknown but well-formed topic ids and drops garbage ones', () => {
    const disabledTopics = ['ibm', 'future-topic', 'ibm', 42, null, 'Bad Id', '', { id: 'aclu' }, 'bans'];
    expect(parseSettings({ disabledTopics }).disabledTopics).toEqual(['ibm', 'future-topic', 'bans']);
  });

  it('survives a hand-edited value where everything is wrong at once', () => {
    const raw = {
      enabled: 'nope',
      siteMode: null,
      sites: [1, 'example.com', { nested: ['x'] }],
      disabledTopics: 'ibm',
      highlightStyle: ['underline'],
      hoverDelayMs: Number.NaN,
      cardLanguage: { lang: 'fr' },
      extra: { deep: { deeper: [] } },
    };
    const { settings, problems } = inspectSettings(raw);
    expect(settings).toEqual({ ...defaultSettings(), sites: ['example.com'] });
    expect(problems.map((problem) => problem.path)).toEqual([
      'extra', 'enabled', 'siteMode', 'sites[0]', 'sites[2]', 'disabledTopics', 'highlightStyle',
      'hoverDelayMs', 'cardLanguage',
    ]);
  });
});
