/**
 * Where the extension may differ from the exhaustive block walk, on purpose.
 *
 * Each entry names the page (`fixtures/<path>`, `demo/<file>`, or
 * `corpus/<folder>/<file>`), the topic, the mention's text (whitespace folded),
 * which side alone finds it, and why. An entry covers every such difference on
 * its page; an entry that covers none fails the comparison, so the list cannot
 * keep entries that no longer apply.
 */
import type { KnownDifference } from './compare';

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [];
