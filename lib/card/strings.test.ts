import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { CARD_STRING_KEYS, cardStrings, readFlatYamlStrings } from './strings';

const LANGS = ['en', 'fr'] as const;
const read = (lang: string) => readFileSync(resolve(import.meta.dirname, `../../locales/${lang}.yml`), 'utf8');

describe('card strings', () => {
  it.each(LANGS)('agree with @wxt-dev/i18n on every card_ key of %s.yml', (lang) => {
    const yaml = read(lang);
    const official = Object.fromEntries(
      parseMessagesText(yaml, 'YAML')
        .filter((m) => m.key.length === 1 && m.key[0]!.startsWith('card_') && m.type === 'simple')
        .map((m) => [m.key[0]!, m.type === 'simple' ? m.message : '']),
    );
    const ours = readFlatYamlStrings(yaml, 'card_');
    expect(Object.keys(ours).length).toBeGreaterThanOrEqual(CARD_STRING_KEYS.length);
    expect(ours).toEqual(official);
  });

  it('has the same card_ keys in English and French', () => {
    expect(Object.keys(readFlatYamlStrings(read('fr'), 'card_')).sort()).toEqual(
      Object.keys(readFlatYamlStrings(read('en'), 'card_')).sort(),
    );
  });

  it('serves each language from the bundled files, whatever the browser language', () => {
    expect(cardStrings('en').card_timeline).toBe('Full timeline');
    expect(cardStrings('fr').card_timeline).toBe('Chronologie complète');
    expect(cardStrings('fr').card_sources).toBe('Sources\u00a0:');
    expect(cardStrings('en').card_pause_site).toBe("Don't show on this site");
  });
});

describe('readFlatYamlStrings', () => {
  it('reads double-quoted, single-quoted and plain values, and ignores other keys', () => {
    const yaml = [
      'card_a: "Say \\"hi\\" \\u00e9"',
      "card_b: 'it''s'",
      'card_c: plain words # a comment',
      'other: "x"',
    ].join('\n');
    expect(readFlatYamlStrings(yaml, 'card_')).toEqual({ card_a: 'Say "hi" é', card_b: "it's", card_c: 'plain words' });
  });

  it('refuses what it cannot read faithfully', () => {
    expect(() => readFlatYamlStrings('card_a:\n  1: "x"', 'card_')).toThrow(/card_a/);
    expect(() => readFlatYamlStrings('card_a: |\n  text', 'card_')).toThrow(/card_a/);
    expect(() => readFlatYamlStrings('card_a: "open', 'card_')).toThrow(/card_a/);
  });
});
