/**
 * Does the extension find exactly what the exhaustive walk finds? A multiset
 * comparison of serialized mentions, frame by frame, and the documented
 * exceptions (known-differences.ts). Pure: no browser.
 */
import type { SerializedMention } from './types';

/** A frame's label (`main`, or its place in the frame tree and URL) and what each side found there. */
export interface FrameMentions {
  frame: string;
  oracle: readonly SerializedMention[];
  extension: readonly SerializedMention[];
}

export interface Difference {
  /** Which side alone found it. */
  only: 'oracle' | 'extension';
  frame: string;
  mention: SerializedMention;
}

export interface KnownDifference {
  page: string;
  topic: string;
  /** The mention's text, whitespace folded to single spaces. */
  text: string;
  only: 'oracle' | 'extension';
  reason: string;
}

function keyOf(frame: string, { topic, text, at }: SerializedMention): string {
  return JSON.stringify([frame, topic, at, text]);
}

/** Every mention one side has more often than the other (a multiset difference, both ways). */
export function differences(frames: readonly FrameMentions[]): Difference[] {
  const balance = new Map<string, { count: number; frame: string; mention: SerializedMention }>();
  const tally = (frame: string, mention: SerializedMention, delta: number) => {
    const key = keyOf(frame, mention);
    const entry = balance.get(key) ?? { count: 0, frame, mention };
    entry.count += delta;
    balance.set(key, entry);
  };
  for (const { frame, oracle, extension } of frames) {
    for (const mention of oracle) tally(frame, mention, 1);
    for (const mention of extension) tally(frame, mention, -1);
  }
  const found: Difference[] = [];
  for (const { count, frame, mention } of balance.values()) {
    for (let i = 0; i < Math.abs(count); i++) found.push({ only: count > 0 ? 'oracle' : 'extension', frame, mention });
  }
  return found;
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

function covers(entry: KnownDifference, difference: Difference): boolean {
  return entry.only === difference.only && entry.topic === difference.mention.topic && fold(entry.text) === fold(difference.mention.text);
}

export interface Verdict {
  /** Differences no entry documents. */
  unexpected: Difference[];
  /** The page's entries that documented no difference (stale). */
  unused: KnownDifference[];
}

/** Sorts one page's differences into documented and unexpected, and finds the page's stale entries. */
export function judge(page: string, found: readonly Difference[], known: readonly KnownDifference[]): Verdict {
  const entries = known.filter((entry) => entry.page === page);
  const used = new Set<KnownDifference>();
  const unexpected = found.filter((difference) => {
    const entry = entries.find((candidate) => covers(candidate, difference));
    if (entry) used.add(entry);
    return !entry;
  });
  return { unexpected, unused: entries.filter((entry) => !used.has(entry)) };
}

/** Entries under `scope` (for example `corpus/large/`) for a page that is not among `pages`. */
export function entriesForMissingPages(scope: string, pages: readonly string[], known: readonly KnownDifference[]): KnownDifference[] {
  const present = new Set(pages);
  return known.filter((entry) => entry.page.startsWith(scope) && !present.has(entry.page));
}

/** One line per problem, readable without the page at hand. */
export function describeVerdict(page: string, { unexpected, unused }: Verdict): string[] {
  return [
    ...unexpected.map(
      ({ only, frame, mention }) =>
        `${page}: only the ${only === 'oracle' ? 'exhaustive walk' : 'extension'} finds ${mention.topic} "${fold(mention.text)}"` +
        ` (frame ${frame}, at ${mention.at}) ${mention.context}`,
    ),
    ...unused.map(
      (entry) =>
        `${page}: known difference no longer occurs: only the ${entry.only === 'oracle' ? 'exhaustive walk' : 'extension'}` +
        ` finds ${entry.topic} "${entry.text}" (${entry.reason})`,
    ),
  ];
}
