/**
 * How does the content script get the exact matcher? Only when a page first has
 * a candidate, once; a failure ends as `null` and no mention is found
 * (lib/lazy-bundle.ts).
 */
import type { mountCard } from '../card/controller';
import { lazyBundle } from '../lazy-bundle';
import type { Matcher } from './types';

export interface MatcherBundle {
  createMatcher(): Matcher;
  /** The highlight rules, for open shadow roots (the manifest's stylesheet does not reach them). */
  highlightCss: string;
  /** Mounts the card controller (lib/card/controller.ts): a page needs it only once it has a mention. */
  mountCard: typeof mountCard;
}

function isMatcherBundle(value: unknown): value is MatcherBundle {
  return typeof value === 'object' && value !== null && typeof (value as MatcherBundle).createMatcher === 'function' &&
    typeof (value as MatcherBundle).highlightCss === 'string' && typeof (value as MatcherBundle).mountCard === 'function';
}

/** A memoised loader of the matcher bundle; `importBundle` imports the module. */
export function matcherLoader(importBundle: () => Promise<{ default?: unknown }>): () => Promise<MatcherBundle | null> {
  return lazyBundle(importBundle, isMatcherBundle);
}
