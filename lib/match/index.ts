/**
 * Answers: which mentions of which topics are in this string?
 * Pure and DOM-free: compile the forms once (at build time for the content
 * script: `compileData`), then `match` runs one regex pass per text.
 */
import { compileData, hydrate, type CompiledData } from './compile';
import { hasInvisible, stripInvisible, toOriginal } from './normalize';
import { combine, resolveNames } from './overlaps';
import { proximitySpans, type Span } from './proximity';
import { scan } from './scan';
import type { Matcher, MatcherTopic, Mention } from './types';

export type { Matcher, MatcherTopic, Mention } from './types';
export { compileData, type CompiledData } from './compile';

export function compileMatcher(topics: readonly MatcherTopic[]): Matcher {
  return matcherFrom(compileData(topics));
}

/** A matcher from forms compiled beforehand (`compileData`, possibly through JSON). */
export function matcherFrom(data: CompiledData): Matcher {
  const compiled = hydrate(data);
  return {
    match(input: string): Mention[] {
      // Fast path: no copy and no offset map unless the text holds invisible characters.
      let text = input;
      let map: Int32Array | null = null;
      if (hasInvisible(input)) ({ text, map } = stripInvisible(input));
      const hits = scan(compiled, text);
      if (hits.length === 0) return [];
      const names: Span[] = [];
      for (const hit of hits) {
        const name = compiled.entries[hit.entry]?.names[0];
        if (name) names.push({ topic: name.topic, start: hit.start, end: hit.end, form: name.form });
      }
      return combine(resolveNames(names), proximitySpans(compiled, text, hits)).map(({ topic, start, end, form }) => {
        const [s, e] = toOriginal(map, start, end);
        return { topic, start: s, end: e, form };
      });
    },
  };
}
