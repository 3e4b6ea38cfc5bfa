import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import {
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  exportSettings,
  importSettings,
  type ImportResult,
} from '@/lib/settings/transfer';

const CUSTOM: Settings = {
  enabled: true,
  siteMode: 'only',
  sites: ['example.com', '*.example.org', 'http://127.0.0.1:4173'],
  disabledTopics: ['bans', 'future-topic'],
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  cardLanguage: 'fr',
};

function file(settings: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings, ...extra });
}

function failure(result: ImportResult) {
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

describe('exportSettings', () => {
  it('writes pretty JSON with the format marker and version', () => {
    const text = exportSettings(CUSTOM);
    expect(JSON.parse(text)).toEqual({ format: 'face-facts-settings', version: 1, settings: CUSTOM });
    expect(text).toContain('\n  "format": "face-facts-settings",\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips through importSettings', () => {
    expect(importSettings(exportSettings(CUSTOM))).toEqual({ ok: true, settings: CUSTOM });
    expect(importSettings(exportSettings(defaultSettings()))).toEqual({ ok: true, settings: defaultSettings() });
  });
});

describe('importSettings', () => {
  it('fills missing fields with defaults and merges duplicate sites', () => {
    const result = importSettings(file({ hoverDelayMs: 900, sites: ['Example.com', 'example.com/'] }));
    expect(result).toEqual({ ok: true, settings: { ...defaultSettings(), hoverDelayMs: 900, sites: ['example.com'] } });
  });

  it.each(['', 'not json', '{"format": ', "{'format': 'face-facts-settings'}", '\u0000'])(
    'refuses text that is not JSON: %j',
    (text) => {
      const result = failure(importSettings(text));
      expect(result.code).toBe('not-json');
      expect(result.error).toMatch(/not valid JSON/);
    },
  );

  it.each([
    ['a string', '"face-facts-settings"'],
    ['null', 'null'],
    ['a number', '1'],
    ['an array', JSON.stringify([{ format: EXPORT_FORMAT, version: 1, settings: {} }])],
    ['settings without the wrapper', JSON.stringify(CUSTOM)],
    ['another marker', JSON.stringify({ format: 'other-extension', version: 1, settings: CUSTOM })],
  ])('refuses %s as the wrong kind of file', (_, text) => {
    const result = failure(importSettings(text));
    expect(result.code).toBe('wrong-format');
    expect(result.error).toMatch(/not a Face Facts settings export/);
  });

  it.each([undefined, '1', 0, -1, 1.5, null, Number.NaN])('refuses version %s', (version) => {
    const result = failure(importSettings(file(CUSTOM, { version })));
    expect(result.code).toBe('wrong-format');
    expect(result.error).toMatch(/version/);
  });

  it('refuses a file from a newer version, saying so', () => {
    const result = failure(importSettings(file(CUSTOM, { version: 2 })));
    expect(result.code).toBe('newer-version');
    expect(result.error).toMatch(/newer version of Face Facts/);
  });

  it.each([null, 'settings', [], 5])('refuses settings that are not an object: %j', (settings) => {
    const result = failure(importSettings(file(settings)));
    expect(result.code).toBe('wrong-format');
    expect(result.error).toMatch(/no settings object/);
  });

  it('refuses a file over 100 kB before parsing it', () => {
    const padded = file(CUSTOM, { padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    const result = failure(importSettings(padded));
    expect(result.code).toBe('too-large');
    expect(result.error).toMatch(/too large/);
  });

  it('counts bytes, not characters, against the limit', () => {
    const chars = Math.ceil(MAX_IMPORT_BYTES / 3);
    const text = file(CUSTOM, { note: '€'.repeat(chars) });
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(failure(importSettings(text)).code).toBe('too-large');
  });

  it('refuses invalid fields and names every one of them', () => {
    const result = failure(
      importSettings(file({ ...CUSTOM, hoverDelayMs: 5, sites: ['ok.com', 'bad site', 3], colour: 'red' })),
    );
    expect(result.code).toBe('invalid-settings');
    expect(result.problems.map((problem) => problem.path)).toEqual(['colour', 'sites[1]', 'sites[2]', 'hoverDelayMs']);
    expect(result.error).toBe(
      'Nothing was imported: these settings are invalid: unknown setting "colour", sites[1], sites[2], hoverDelayMs.',
    );
  });
});
