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
import { sliceClock, yieldToPage } from './schedule';

/**
 * Time budget of one slice of find. Find only reads, and every yield waits
 * behind whatever the page queued meanwhile (on a page that has just loaded,
 * often 20–50 ms of rendering), so it takes slices of 16 ms, twice the rest, still well clear of
 * the 50 ms long-task mark; the rest of the scan keeps SLICE_MS.
 */
export const FIND_SLICE_MS = 16;

/** How a find ended: the whole tree read, stopped by the caller, or lost (the page removed the node the walk stood on while it was paused). */
export type FindEnd = 'done' | 'cancelled' | 'lost';

/**
 * Feeds the text nodes under `root`, in document order, to the automaton, in
 * slices; after each slice, hands `onSlice` the nodes of that slice in which a
 * candidate key ends (so that a long page is located and painted as it is
 * read, in tasks of its own), then yields to the page.
 */
export async function findCandidates(
  root: Node,
  automaton: Automaton,
  cancelled: () => boolean,
  onSlice: (nodes: Text[]) => Promise<void> | void,
): Promise<FindEnd> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const clock = sliceClock(FIND_SLICE_MS);
  automaton.reset();
  for (;;) {
    const nodes: Text[] = [];
    const done = automaton.feedWalker(walker, nodes, clock.expired);
    // Locating starts a task of its own: a slice of find and one of matching would add up to a long task.
    if (nodes.length > 0) {
      await yieldToPage();
      await onSlice(nodes);
    }
    if (done) return 'done';
    await clock.next();
    if (cancelled()) return 'cancelled';
    if (!walker.currentNode.isConnected) return 'lost';
  }
}
