/**
 * The detection oracle: every mention an exhaustive walk of a document's blocks
 * finds. It is today's full scan without its scheduling: `collectRuns` over the
 * whole body (open shadow roots included), each run's text through the matcher,
 * each mention mapped back to a Range. It imports the same lib functions as the
 * content script, so it follows any change to the block rules or the forms.
 */
import { collectRuns } from '../../lib/dom/blocks';
import { rangeFor } from '../../lib/dom/ranges';
import type { Matcher } from '../../lib/match';

export interface OracleMention {
  topic: string;
  range: Range;
}

/** Every mention in `doc`, in walk order. A document in design mode is being edited: none. */
export function exhaustiveMentions(doc: Document, matcher: Matcher): OracleMention[] {
  const root = doc.body ?? doc.documentElement;
  if (!root || doc.designMode === 'on') return [];
  const found: OracleMention[] = [];
  for (const run of collectRuns(root, { nested: true })) {
    for (const mention of matcher.match(run.text)) {
      found.push({ topic: mention.topic, range: rangeFor(run, mention.start, mention.end, doc) });
    }
  }
  return found;
}
