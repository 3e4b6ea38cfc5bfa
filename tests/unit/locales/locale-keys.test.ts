/**
 * Does every locale file say everything the English one says? Every
 * language of the table (data/languages.json) has `locales/<code>.yml` with
 * exactly en.yml's keys, each of the same kind (plain or plural) and with the
 * same placeholders, so no UI string falls back to English unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@/data/languages';

const root = resolve(import.meta.dirname, '../../..');
const DEFAULT = 'en';

type Message = ReturnType<typeof parseMessagesText>[number];

function messagesOf(code: string): Map<string, Message> {
  const text = readFileSync(resolve(root, `locales/${code}.yml`), 'utf8');
  return new Map(parseMessagesText(text, 'YAML').map((message) => [message.key.join('.'), message]));
}

/** The `$1`, `$2`… a message uses, in order, once each. */
function placeholders(message: Message): string[] {
  const texts = message.type === 'plural' ? Object.values(message.plurals) : [message.message];
  return [...new Set(texts.flatMap((text) => text.match(/\$\d/g) ?? []))].sort();
}

const english = messagesOf(DEFAULT);
const others = LANGUAGE_CODES.filter((code) => code !== DEFAULT);

describe('locales', () => {
  it('has one file per language of the table, and no other', () => {
    const files = readdirSync(resolve(root, 'locales')).filter((name) => name.endsWith('.yml'));
    expect(files.map((name) => name.replace(/\.yml$/, '')).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(others)('%s.yml has every key of en.yml, and no other', (code) => {
    const messages = messagesOf(code);
    const missing = [...english.keys()].filter((key) => !messages.has(key));
    const extra = [...messages.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }, `locales/${code}.yml`).toEqual({ missing: [], extra: [] });
  });

  it.each(others)('%s.yml writes each message as en.yml does: plain or plural, with the same placeholders', (code) => {
    const messages = messagesOf(code);
    for (const [key, message] of english) {
      const translated = messages.get(key);
      if (!translated) continue;
      expect(translated.type, `${code}: ${key}`).toBe(message.type);
      expect(placeholders(translated), `${code}: ${key}`).toEqual(placeholders(message));
      const texts = translated.type === 'plural' ? Object.values(translated.plurals) : [translated.message];
      for (const text of texts) expect(text.trim(), `${code}: ${key}`).not.toBe('');
    }
  });

  // The stores' limits for the manifest's name and description (Chrome Web Store: 75 and 132).
  it.each(LANGUAGE_CODES)('%s.yml keeps the extension’s name and description within the stores’ limits', (code) => {
    const messages = messagesOf(code);
    const text = (key: string) => {
      const message = messages.get(key);
      return message?.type === 'plural' ? '' : (message?.message ?? '');
    };
    expect([...text('extName')].length, `${code}: extName`).toBeLessThanOrEqual(75);
    expect([...text('extDescription')].length, `${code}: extDescription "${text('extDescription')}"`).toBeLessThanOrEqual(132);
  });
});
