/**
 * How does the content script get the card bundle? On first need (the start of
 * a hover dwell, or a keyboard command), once; a failure ends as `null` and the
 * card quietly does not open (lib/lazy-bundle.ts).
 */
import { lazyBundle } from '../lazy-bundle';
import type { CardBundle } from './view-api';

function isCardBundle(value: unknown): value is CardBundle {
  return typeof value === 'object' && value !== null && typeof (value as CardBundle).createCardView === 'function';
}

/** A memoised loader of the card bundle; `importBundle` imports the module. */
export function cardBundleLoader(importBundle: () => Promise<{ default?: unknown }>): () => Promise<CardBundle | null> {
  return lazyBundle(importBundle, isCardBundle);
}
