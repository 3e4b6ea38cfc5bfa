/**
 * How fast is the matcher on a 2 MB page, compared with merely reading its text?
 * Run: npx tsx scripts/bench-matcher.ts
 *
 * Builds ~2 MB of deterministic prose in ~200-character chunks (like text nodes),
 * with a few real mentions, and prints the median time of `matcher.match` over all
 * chunks against two baselines that only read the same strings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileMatcher, type MatcherTopic } from '../lib/match/index';
import type { Forms } from '../data/schema';

const TOPICS = ['rekognition', 'ibm', 'aclu', 'bans'];
const topics: MatcherTopic[] = TOPICS.map((id) => ({
  id,
  forms: JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/forms', `${id}.json`), 'utf8')) as Forms,
}));

const WORDS = (
  'the city council said on Tuesday that its urban planning banner was a matter of public record and ' +
  'la ville a déclaré que la reconnaissance de son travail était importante pour les habitants et ' +
  'die Stadt sagte am Dienstag dass die Erkennung von Mustern wichtig sei für die Bürger und ' +
  'el ayuntamiento dijo que el reconocimiento de su labor era importante para los vecinos'
).split(' ');
const MENTIONS = [
  'IBM said it would exit the business.',
  'The ACLU tested Amazon Rekognition on members of Congress.',
  'San Francisco banned facial recognition in 2019.',
  'Amazon annonce un moratoire sur la reconnaissance faciale.',
];

/** A tiny deterministic PRNG (mulberry32), so every run builds the same page. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildChunks(totalChars: number): string[] {
  const rand = rng(42);
  const chunks: string[] = [];
  let size = 0;
  while (size < totalChars) {
    let chunk = '';
    while (chunk.length < 200) chunk += `${WORDS[Math.floor(rand() * WORDS.length)]} `;
    if (rand() < 0.01) chunk += MENTIONS[Math.floor(rand() * MENTIONS.length)];
    chunks.push(chunk);
    size += chunk.length;
  }
  return chunks;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(runs: number, fn: () => number): { ms: number; result: number } {
  let result = 0;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

const chunks = buildChunks(2 * 1024 * 1024);
const chars = chunks.reduce((n, c) => n + c.length, 0);
const t0 = performance.now();
const matcher = compileMatcher(topics);
const compileMs = performance.now() - t0;
const RUNS = 15;

const readFirst = time(RUNS, () => chunks.reduce((sum, c) => sum + c.charCodeAt(0), 0));
const indexOf = time(RUNS, () => chunks.reduce((n, c) => n + (c.indexOf('zzzz') >= 0 ? 1 : 0), 0));
const match = time(RUNS, () => chunks.reduce((n, c) => n + matcher.match(c).length, 0));
const whole = chunks.join('\n\n');
const matchWhole = time(RUNS, () => matcher.match(whole).length);

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`page: ${(chars / 1e6).toFixed(2)} M chars in ${chunks.length} chunks; compile: ${fmt(compileMs)}`);
console.log(`baseline charCodeAt(0) per chunk: ${fmt(readFirst.ms)}`);
console.log(`baseline indexOf('zzzz') per chunk: ${fmt(indexOf.ms)}`);
console.log(`matcher.match per chunk: ${fmt(match.ms)} (${match.result} mentions)`);
console.log(`matcher.match on the joined text: ${fmt(matchWhole.ms)} (${matchWhole.result} mentions)`);
console.log(`ratio match / indexOf baseline: ${(match.ms / indexOf.ms).toFixed(1)}x`);
