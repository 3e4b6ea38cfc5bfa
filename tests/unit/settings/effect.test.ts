import { describe, expect, it } from 'vitest';
import { activeTopics, pageEffect, sameTopics, siteUrlOfFrame } from '@/lib/settings/effect';
import { defaultSettings, type Settings } from '@/lib/settings/schema';

const TOPICS = ['rekognition', 'ibm', 'aclu', 'bans'];

function settings(change: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...change };
}

describe('activeTopics', () => {
  it('keeps every topic by default, in dataset order', () => {
    expect([...activeTopics(settings(), TOPICS)]).toEqual(TOPICS);
  });

  it('leaves out switched-off topics and ignores ids this version does not know', () => {
    const on = activeTopics(settings({ disabledTopics: ['ibm', 'from-the-future'] }), TOPICS);
    expect([...on]).toEqual(['rekognition', 'aclu', 'bans']);
  });
});

describe('pageEffect', () => {
  const url = 'http://127.0.0.1:4173/demo/';

  it('is active with the defaults and carries the card and style settings', () => {
    expect(pageEffect(settings({ highlightStyle: 'none', hoverDelayMs: 800, cardLanguage: 'fr' }), url, TOPICS)).toEqual({
      active: true,
      topics: new Set(TOPICS),
      style: 'none',
      hoverDelayMs: 800,
      cardLanguage: 'fr',
    });
  });

  it('is inactive when switched off, or when the site list excludes the page', () => {
    expect(pageEffect(settings({ enabled: false }), url, TOPICS).active).toBe(false);
    expect(pageEffect(settings({ sites: ['127.0.0.1'] }), url, TOPICS).active).toBe(false);
    expect(pageEffect(settings({ siteMode: 'only' }), url, TOPICS).active).toBe(false);
    expect(pageEffect(settings({ siteMode: 'only', sites: ['127.0.0.1'] }), url, TOPICS).active).toBe(true);
  });
});

describe('sameTopics', () => {
  it('compares as sets', () => {
    expect(sameTopics(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(true);
    expect(sameTopics(new Set(['a']), new Set(['a', 'b']))).toBe(false);
    expect(sameTopics(new Set(['a', 'c']), new Set(['a', 'b']))).toBe(false);
  });
});

describe('siteUrlOfFrame', () => {
  it('uses the frame URL in the top frame (no ancestors)', () => {
    expect(siteUrlOfFrame({ href: 'https://news.example/a', ancestorOrigins: [] })).toBe('https://news.example/a');
  });

  it("uses the top page's origin, the last ancestor, in a nested frame", () => {
    const frame = { href: 'https://ads.example/f', ancestorOrigins: ['https://mid.example', 'https://news.example'] };
    expect(siteUrlOfFrame(frame)).toBe('https://news.example');
  });

  it('falls back to the frame URL without ancestorOrigins (Firefox) or with an opaque top', () => {
    expect(siteUrlOfFrame({ href: 'https://ads.example/f' })).toBe('https://ads.example/f');
    expect(siteUrlOfFrame({ href: 'https://ads.example/f', ancestorOrigins: ['null'] })).toBe('https://ads.example/f');
  });
});
