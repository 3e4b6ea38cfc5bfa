/**
 * Which text nodes of a tree may hold a mention? The hot path of every page.
 *
 * One TreeWalker over the root's text nodes feeds each node's data to the
 * candidate automaton (lib/find), whose state carries from node to node: no
 * element is touched from script, no string is built, no regex runs. A page
 * with no candidate costs this one read of its text and nothing else; the few
 * candidate nodes go on to be located and matched exactly (scanner.ts).
 *
 * `textContent` plus one regex was measured too: on text-dense pages the native
 * copy alone took 3–6× this walk (docs/performance.md, "Find").
 */
import type { Automaton } from '@/lib/find/automaton';
import { sliceClock } from './schedule';

export type FindResult =
  | { done: true; nodes: Text[] }
  /** Stopped by the caller, or the page removed the node the walk stood on while it was paused. */
  | { done: false; lost: boolean };

/**
 * The text nodes under `root` in which a candidate key ends, in document order.
 * Works in slices and yields to the page between them.
 */
export async function findCandidates(
  root: Node,
  automaton: Automaton,
  cancelled: () => boolean,
): Promise<FindResult> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const clock = sliceClock();
  automaton.reset();
  while (!automaton.feedWalker(walker, nodes, clock.expired)) {
    await clock.next();
    if (cancelled()) return { done: false, lost: false };
    if (!walker.currentNode.isConnected) return { done: false, lost: true };
  }
  return { done: true, nodes };
}
