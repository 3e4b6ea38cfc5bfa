/**
 * The exact matcher's regexes bound words with LATIN_WORD_CLASS, and check a word
 * character of another script in script: it must find exactly what regexes bounded
 * with the Unicode classes find.
 */
import { describe, expect, it } from 'vitest';
import { inLatinRange, isWordCode, LATIN_WORD_CLASS, WORD_CLASS } from '@/lib/match/boundaries';
import { combinedSource, hydrate, type Compiled } from '@/lib/match/compile';
import { isEmbedded } from '@/lib/match/embedded';
import { compileData } from '@/lib/match';
import { scan, type Hit } from '@/lib/match/scan';
import { realTopics } from './real-forms';
import { mulberry32 } from '../../../scripts/lib/random';

const topics = realTopics();
const data = compileData(topics);
const WORD = new RegExp(`^${WORD_CLASS}$`, 'u');

/** The scan as one regex with the Unicode classes on both sides, and anchored ones for `also`. */
function unicodeScan(compiled: Compiled, text: string): Hit[] {
  const re = new RegExp(combinedSource(compiled.entries)!, 'gu');
  const hits: Hit[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    re.lastIndex = start + (text.charCodeAt(start) >= 0xd800 && text.charCodeAt(start) <= 0xdbff ? 2 : 1);
    if (isEmbedded(text, start, end)) continue;
    let group = 1;
    while (m[group] === undefined) group++;
    hits.push({ start, end, entry: group - 1 });
    for (const other of compiled.entries[group - 1]!.also) {
      const sticky = new RegExp(`(?:${compiled.entries[other]!.source})(?!${WORD_CLASS})`, 'uy');
      sticky.lastIndex = start;
      if (sticky.test(text) && !isEmbedded(text, start, sticky.lastIndex)) hits.push({ start, end: sticky.lastIndex, entry: other });
    }
  }
  return hits;
}

/** Neighbours of every kind: Latin and other scripts' letters, digits and marks, and what is no word character. */
const NEIGHBOURS = [
  'a', 'é', 'ß', 'ǅ', 'ɐ', 'ʰ', '˂', 'ˆ', '\u0301', 'α', 'д', '中', 'ا', '٣', '\u0483', '𝐀', '😀', '’', '\u200d', '\u2070', '²',
  '¼', '\u00a0', '-', '_', '0', '.', '@', '/', ' ', ', ', 'ς', 'ſ', 'K', 'ü', '\u2019s', 'ё', '\u05d0', 'ー',
];

function texts(count: number, seed: number): string[] {
  const next = mulberry32(seed);
  const pool = topics.flatMap((topic) =>
    Object.values(topic.forms).flatMap((set) => [...set.names, ...set.near.flatMap((near) => [...near.any, ...near.with])].map((term) => term.text.replace(/\*$/, next() < 0.5 ? '' : 'en'))),
  );
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, () => {
    let text = '';
    for (let n = 1 + Math.floor(next() * 5); n > 0; n--) {
      text += pick(NEIGHBOURS) + (next() < 0.3 ? pick(NEIGHBOURS) : '') + pick(pool) + pick(NEIGHBOURS) + (next() < 0.5 ? ' ' : '');
    }
    return text;
  });
}

describe('Latin word boundaries', () => {
  it('hold exactly the word characters of their range', () => {
    const latin = new RegExp(`^${LATIN_WORD_CLASS}$`, 'u');
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x2100; cp++) {
      if (inLatinRange(cp) && latin.test(String.fromCodePoint(cp)) !== WORD.test(String.fromCodePoint(cp))) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('leave isWordCode exact on every code point', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x110000; cp += cp < 0x30000 ? 1 : 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (isWordCode(cp) !== WORD.test(String.fromCodePoint(cp))) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('find exactly what the Unicode classes find, whatever script touches a form', () => {
    const cases = texts(4000, 11);
    const compiled = hydrate(data);
    const differ = cases.filter((text) => JSON.stringify(scan(compiled, text)) !== JSON.stringify(unicodeScan(compiled, text)));
    expect(differ).toEqual([]);
    // The texts do hold hits, and hits that a word character of another script rules out or shortens.
    expect(cases.filter((text) => scan(compiled, text).length > 0).length).toBeGreaterThan(1000);
    expect(compiled.exact).not.toBeNull();
  });

  it('compile the Unicode classes only where a word character of another script touches a hit', () => {
    const compiled = hydrate(data);
    expect(scan(compiled, 'IBM, l’ACLU et Amazon Rekognition – é IBMé, ²ACLU’s, Moratoriums.').length).toBeGreaterThan(0);
    expect(compiled.exact).toBeNull();
    expect(compiled.entries.every((entry) => entry.exactSticky === null)).toBe(true);
    expect(scan(compiled, 'IBMд IBM')).toEqual([{ start: 5, end: 8, entry: expect.any(Number) }]);
    expect(compiled.exact).not.toBeNull();
    expect(scan(compiled, 'дIBM')).toEqual([]);
  });
});
