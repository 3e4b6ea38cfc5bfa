/**
 * How does the content script get a bundle it loads only when needed (the card
 * controller, the card), and what if it can't?
 *
 * The bundle is imported once, on first need, from the extension package.
 * Every failure (the extension was updated or removed and this content script
 * is orphaned, the file is missing, the page's origin may not load it) ends as
 * `null`: the feature quietly does not work, and nothing is thrown into the
 * page. A failed load is not retried for the life of the page.
 */

/**
 * A memoised loader: `importBundle` imports the module (its default export is
 * the bundle). The first call starts the import; every call returns the same
 * promise, which never rejects.
 */
export function lazyBundle<T>(
  importBundle: () => Promise<{ default?: unknown }>,
  isBundle: (value: unknown) => value is T,
): () => Promise<T | null> {
  let loading: Promise<T | null> | null = null;
  return () =>
    (loading ??= Promise.resolve()
      .then(importBundle)
      .then((module) => (isBundle(module.default) ? module.default : null))
      .catch(() => null));
}
