/**
 * Which text nodes of a tree may hold a mention? The hot path of every page.
 *
 * One TreeWalker over the root's text nodes feeds each node's data to the
 * candidate automaton (lib/find), whose state carries from node to node: no
 * element is touched from script, no string is built, no regex runs. A page
 * with no candidate costs this one read of its text and nothing else; the few
 * candidate nodes go on to be located and matched exactly (scanner.ts).
 *
 * Where the walk runs is a `CandidateSource`: here, in the caller's world
 * (`walkingSource`), or in the page's own world through lib/find/bridge.ts,
 * where reading a node costs less than in an isolated world: up to 4 times
 * less on a page of many short text nodes (docs/performance.md, "Find").
 */
import type { Automaton } from '@/lib/find/automaton';
import { yieldToPage } from './schedule';

/**
 * Time budget of one slice of find. Find only reads, and every yield waits
 * behind whatever the page queued meanwhile (on a page that has just loaded,
 * often 20–80 ms of its own rendering). In the page's world one slice of 40 ms
 * reads a 2 MB page whole (docs/performance.md), still under the 50 ms
 * long-task mark; the rest of the scan keeps SLICE_MS.
 */
export const FIND_SLICE_MS = 40;

/** How a find ended: the whole tree read, stopped by the caller, or lost (the page removed the node the walk stood on while it was paused). */
export type FindEnd = 'done' | 'cancelled' | 'lost';

/** One slice of a walk: the nodes in which a candidate ends, and whether the walk goes on. */
export interface FindStep {
  nodes: Text[];
  end: 'more' | 'done' | 'lost';
}

/** Reads on for about `budgetMs` from where the last slice stopped. */
export type Slicer = (budgetMs: number) => FindStep;

/** Where the candidate search runs. */
export interface CandidateSource {
  /** Starts a walk over `root`'s text nodes. */
  open(root: Node): Promise<Slicer>;
  /** Whether one of these texts (each read on its own) holds a candidate. */
  test(texts: readonly string[]): boolean;
}

/**
 * A walk over `root`'s text nodes with `automaton`, slice by slice. The walk
 * keeps its own automaton state, so a test between two slices can't disturb it.
 */
export function walkSlicer(root: Node, automaton: Automaton): Slicer {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  automaton.reset();
  let state = automaton.state;
  return (budgetMs) => {
    if (walker.currentNode !== root && !walker.currentNode.isConnected) return { nodes: [], end: 'lost' };
    const deadline = performance.now() + budgetMs;
    const nodes: Text[] = [];
    automaton.state = state;
    const done = automaton.feedWalker(walker, nodes, () => performance.now() >= deadline);
    state = automaton.state;
    return { nodes, end: done ? 'done' : 'more' };
  };
}

/** Whether one of `texts`, each a stream of its own, holds a candidate. */
export function testTexts(automaton: Automaton, texts: readonly string[]): boolean {
  const saved = automaton.state;
  try {
    return texts.some((text) => {
      automaton.reset();
      return automaton.feed(text);
    });
  } finally {
    automaton.state = saved;
  }
}

/** The search run in this world, with an automaton built on first use. */
export function walkingSource(automaton: () => Automaton): CandidateSource {
  let built: Automaton | null = null;
  const get = () => (built ??= automaton());
  return {
    open: (root) => Promise.resolve(walkSlicer(root, get())),
    test: (texts) => testTexts(get(), texts),
  };
}

/**
 * Feeds the text nodes under `root`, in document order, to the source, in
 * slices; after each slice, hands `onSlice` the nodes of that slice in which a
 * candidate key ends (so that a long page is located and painted as it is
 * read, in tasks of its own), then yields to the page.
 */
export async function findCandidates(
  root: Node,
  source: CandidateSource,
  cancelled: () => boolean,
  onSlice: (nodes: Text[]) => Promise<void> | void,
): Promise<FindEnd> {
  const slice = await source.open(root);
  for (;;) {
    if (cancelled()) return 'cancelled';
    const { nodes, end } = slice(FIND_SLICE_MS);
    if (end === 'lost') return 'lost';
    // Locating starts a task of its own: a slice of find and one of matching would add up to a long task.
    if (nodes.length > 0) {
      await yieldToPage();
      await onSlice(nodes);
    }
    if (end === 'done') return 'done';
    await yieldToPage();
  }
}
