/** Loads and validates the real detection forms in data/forms, for the matcher tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Forms } from '@/data/schema';
import type { MatcherTopic, Mention } from '@/lib/match';

export const TOPIC_IDS = ['rekognition', 'ibm', 'aclu', 'bans'] as const;

/** The raw JSON of data/forms/<id>.json (vitest runs from the repo root). */
export function readForms(id: string): unknown {
  return JSON.parse(readFileSync(resolve(process.cwd(), 'data/forms', `${id}.json`), 'utf8'));
}

/** Every topic with its forms parsed by the zod schema: an invalid file throws here. */
export function realTopics(): MatcherTopic[] {
  return TOPIC_IDS.map((id) => ({ id, forms: Forms.parse(readForms(id)) }));
}

/** Mentions as [topic, matched substring] pairs, in order. */
export function pairs(text: string, mentions: readonly Mention[]): [string, string][] {
  return mentions.map((m) => [m.topic, text.slice(m.start, m.end)]);
}
