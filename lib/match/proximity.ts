/**
 * Answers: where do a rule's two kinds of words meet, within N words of each
 * other and in the same sentence? Only the hits of the single scan are visited.
 */
import type { Compiled, TriggerUse } from './compile';
import type { Hit } from './scan';
import { wordsBetween } from './boundaries';

export interface Span {
  topic: string;
  start: number;
  end: number;
  form: string;
}

interface RuleHit {
  hit: Hit;
  use: TriggerUse;
}

/**
 * Each trigger pairs with the nearest later trigger of the other side of the
 * same rule (so both orders count); a same-side trigger in between wins instead.
 * The span runs from the first term's start to the last term's end.
 */
export function proximitySpans(compiled: Compiled, text: string, hits: readonly Hit[]): Span[] {
  const spans: Span[] = [];
  if (compiled.rules.length === 0) return spans;
  const byRule: RuleHit[][] = [];
  for (const hit of hits) {
    for (const use of compiled.entries[hit.entry]?.triggers ?? []) (byRule[use.rule] ??= []).push({ hit, use });
  }
  byRule.forEach((list, rule) => {
    const { topic, within } = compiled.rules[rule] as Compiled['rules'][number];
    for (let i = 0; i < list.length; i++) {
      const a = list[i] as RuleHit;
      let j = i + 1;
      while (j < list.length && (list[j] as RuleHit).hit.start < a.hit.end) j++;
      const b = list[j];
      if (!b || b.use.side === a.use.side) continue;
      if (wordsBetween(text, a.hit.end, b.hit.start, within) < 0) continue;
      const [anyUse, withUse] = a.use.side === 0 ? [a.use, b.use] : [b.use, a.use];
      spans.push({ topic, start: a.hit.start, end: b.hit.end, form: `${anyUse.form}+${withUse.form}` });
    }
  });
  return spans.sort((x, y) => x.start - y.start);
}
