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
import { mulberry32 } from './lib/random';

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

function buildChunks(totalChars: number): string[] {
  const rand = mulberry32(42);
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

/** Runs every job once per round, interleaved (so load spikes hit all alike), and keeps each median. */
function timeAll(rounds: number, jobs: Record<string, () => number>): Record<string, { ms: number; result: number }> {
  const times: Record<string, number[]> = {};
  const results: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, job] of Object.entries(jobs)) {
      const t0 = performance.now();
      results[name] = job();
      (times[name] ??= []).push(performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.keys(jobs).map((name) => [name, { ms: median(times[name] ?? []), result: results[name] ?? 0 }]));
}

const chunks = buildChunks(2 * 1024 * 1024);
const chars = chunks.reduce((n, c) => n + c.length, 0);
const t0 = performance.now();
const matcher = compileMatcher(topics);
const compileMs = performance.now() - t0;
const whole = chunks.join('\n\n');
const t = timeAll(21, {
  readFirst: () => chunks.reduce((sum, c) => sum + c.charCodeAt(0), 0),
  indexOf: () => chunks.reduce((n, c) => n + (c.indexOf('zzzz') >= 0 ? 1 : 0), 0),
  readAll: () => {
    let sum = 0;
    for (const c of chunks) for (let i = 0; i < c.length; i++) sum += c.charCodeAt(i);
    return sum;
  },
  match: () => chunks.reduce((n, c) => n + matcher.match(c).length, 0),
  matchWhole: () => matcher.match(whole).length,
});

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
const { readFirst, indexOf, readAll, match, matchWhole } = t as Record<string, { ms: number; result: number }>;
console.log(`page: ${(chars / 1e6).toFixed(2)} M chars in ${chunks.length} chunks; compile: ${fmt(compileMs)}`);
console.log(`baseline charCodeAt(0) per chunk:     ${fmt(readFirst!.ms)}`);
console.log(`baseline indexOf('zzzz') per chunk:   ${fmt(indexOf!.ms)}`);
console.log(`baseline charCodeAt of every char:    ${fmt(readAll!.ms)}`);
console.log(`matcher.match per chunk:              ${fmt(match!.ms)} (${match!.result} mentions)`);
console.log(`matcher.match on the joined text:     ${fmt(matchWhole!.ms)} (${matchWhole!.result} mentions)`);
console.log(`ratio match / indexOf('zzzz'):        ${ratio(match!.ms, indexOf!.ms)}`);
console.log(`ratio match / read every char:        ${ratio(match!.ms, readAll!.ms)}`);
