/**
 * How does the content script get the card bundle, and what if it can't?
 *
 * The bundle is imported once, on first need (the start of a hover dwell, or
 * a keyboard command), from the extension package. Every failure (the
 * extension was updated or removed and this content script is orphaned, the
 * file is missing, the page's origin may not load it) ends as `null`: the
 * card quietly does not open, and nothing is thrown into the page. A failed
 * load is not retried for the life of the page.
 */
import type { CardBundle } from './view-api';

function isCardBundle(value: unknown): value is CardBundle {
  return typeof value === 'object' && value !== null && typeof (value as CardBundle).createCardView === 'function';
}

/**
 * A memoised loader: `importBundle` imports the module (its default export is
 * the bundle). The first call starts the import; every call returns the same
 * promise, which never rejects.
 */
export function cardBundleLoader(importBundle: () => Promise<{ default?: unknown }>): () => Promise<CardBundle | null> {
  let loading: Promise<CardBundle | null> | null = null;
  return () =>
    (loading ??= Promise.resolve()
      .then(importBundle)
      .then((module) => (isCardBundle(module.default) ? module.default : null))
      .catch(() => null));
}
