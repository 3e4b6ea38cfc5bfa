/**
 * Which text nodes of a tree may hold a mention? The hot path of every page.
 *
 * Find reads the tree's text in a few native calls: each `Range.toString()`
 * (the same string as `textContent`) copies the text of a stretch of up to
 * STRETCH_CHILDREN sibling nodes, with no per-node JavaScript and no node
 * wrappers. The candidate search (lib/find) reads that string, a key begun in
 * one stretch carried into the next. A page with no candidate costs this and
 * nothing else. Only a stretch holding a candidate is then walked node by node,
 * summing lengths, to locate the text nodes where the keys end (`Locate`);
 * those few nodes go on to be matched exactly (scanner.ts).
 *
 * A container with few children (a `<body>` holding one wrapper, the wrapper
 * holding a header, a main and a footer) is descended into, and so is an
 * element with many children (an `<article>` of paragraphs), so that a page
 * whose text sits under a few elements is still read in stretches, in slices.
 */
import { keptAt, type KeySearch } from '@/lib/find/key-search';
import { yieldToPage } from './schedule';

/**
 * Time budget of one slice of find. Find only reads, and every yield waits
 * behind whatever the page queued meanwhile (on a page that has just loaded,
 * often 20–300 ms of its own rendering): a 2 MB page is read in one slice,
 * still under the 50 ms long-task mark; the rest of the scan keeps SLICE_MS.
 */
export const FIND_SLICE_MS = 40;

/**
 * The first slice runs in the caller's task, which has done work of its own: for the
 * content script, compiling and starting it (10–13 ms on the 9 MB page, traced).
 */
export const FIRST_FIND_SLICE_MS = 28;

/** The most sibling nodes read in one stretch (one native call); a container of more is read child by child. */
export const STRETCH_CHILDREN = 256;

/** A container with at most this many child nodes is descended into rather than read whole. */
const THIN_CHILDREN = 8;

/** An element with more child nodes than this is descended into, wherever it is (an `<article>` of paragraphs). */
const BIG_CHILDREN = 32;

/** How deep find descends through thin containers. */
const MAX_DEPTH = 12;

/** How a find ended: the whole tree read, stopped by the caller, or lost (the page moved the nodes find was about to read). */
export type FindEnd = 'done' | 'cancelled' | 'lost';

/** One slice of a walk: the nodes in which a candidate ends, and whether the walk goes on. */
export interface FindStep {
  nodes: Text[];
  end: 'more' | 'done' | 'lost';
}

/** Reads on for about `budgetMs` from where the last slice stopped. */
export type Slicer = (budgetMs: number) => FindStep;

/** Consecutive child nodes of `container`: `count` of them, from index `from`. */
export interface Stretch {
  container: Node;
  from: number;
  count: number;
}

/**
 * The text nodes of `stretch` in which a key of `marks` ends and holds, once
 * each, in order; null when the stretch's text is shorter than the marks (it
 * changed). `marks` are the search's triples (lib/find/key-search.ts, `scan`):
 * the offset into the stretch's text just past a key (ascending), then the
 * `lo` and `hi` that the node holding the key's last character must keep to.
 */
export type Locate = (stretch: Stretch, marks: readonly number[]) => Text[] | null;

/** Where the candidate search runs. */
export interface CandidateSource {
  /** Starts reading `root`'s text. */
  open(root: Node): Slicer;
  /** Whether one of these texts (each a run of one block, read on its own) holds a candidate. */
  test(texts: readonly string[]): boolean;
}

/** NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION (as numbers: tests import this file where there is no DOM). */
const TEXT_NODES = 0x4 | 0x8;

function isText(node: Node): node is CharacterData {
  return node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE;
}

/** Locates by walking the stretch's text nodes here, reading only their lengths. */
export function walkLocate({ container, from, count }: Stretch, marks: readonly number[]): Text[] | null {
  const found: Text[] = [];
  const doc = container.ownerDocument ?? (container as Document);
  const children = container.childNodes;
  let at = 0;
  let next = 0;
  const take = (node: CharacterData) => {
    const start = at;
    at += node.length;
    let kept = false;
    for (; next < marks.length && marks[next]! <= at; next += 3) {
      kept ||= keptAt(marks[next + 1]!, marks[next + 2]!, start, at);
    }
    if (kept) found.push(node as Text);
  };
  for (let k = from; k < from + count && next < marks.length; k++) {
    const child = children[k];
    if (!child) return null;
    if (isText(child)) take(child);
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const walker = doc.createTreeWalker(child, TEXT_NODES);
      for (let node = walker.nextNode(); node && next < marks.length; node = walker.nextNode()) take(node as CharacterData);
    }
  }
  return next < marks.length ? null : found;
}

interface Frame {
  container: Node;
  /** The next child to read. */
  index: number;
  /** The child found at `index` when the slice stopped (null: past the end); another one there means the page moved it. */
  expected: Node | null;
}

/**
 * Reads `root`'s text in stretches, slice by slice, with `search`; locates
 * the stretches that hold a candidate with `locate`. Keeps its own stream
 * state, so a test between two slices can't disturb it.
 */
export function textSlicer(root: Node, search: KeySearch, locate: Locate): Slicer {
  const doc = root.ownerDocument ?? (root as Document);
  let range: Range | null = null;
  search.reset();
  let state = search.state;
  const stack: Frame[] = [{ container: root, index: 0, expected: root.firstChild }];
  const marks: number[] = [];

  /**
   * Reads one stretch; false when it could not be located (its text changed under it). One
   * child is read on its own (`textContent`), several with a range.
   */
  const read = (stretch: Stretch, nodes: Text[]): boolean => {
    const child = stretch.container.childNodes[stretch.from]!;
    let text: string;
    if (stretch.count === 1) {
      if (isText(child)) text = child.data;
      // A comment's textContent is its data, which is no text of the page.
      else if (child.nodeType === Node.ELEMENT_NODE) text = child.textContent ?? '';
      else return true;
    } else {
      // Bounded inside its first and last child: a boundary's offset in a long list of children
      // costs Blink a walk from the list's start (6–15 ms at the 30,000th child).
      const last = stretch.container.childNodes[stretch.from + stretch.count - 1]!;
      range ??= doc.createRange();
      range.setStart(child, 0);
      range.setEnd(last, last.nodeType === Node.ELEMENT_NODE ? last.childNodes.length : (last as CharacterData).length);
      text = range.toString();
    }
    marks.length = 0;
    search.scan(text, marks);
    if (marks.length === 0) return true;
    // One child is small (a text node, or a child of a long list): walking it here costs less
    // than a request to the page's world.
    const located = stretch.count === 1 ? walkLocate(stretch, marks) : locate(stretch, marks);
    if (!located) return false;
    nodes.push(...located);
    return true;
  };

  /** Whether find reads the children of `child`, a child of a container of `length` nodes, rather than `child` whole. */
  const opens = (child: Node, length: number): boolean =>
    child.nodeType === Node.ELEMENT_NODE && stack.length < MAX_DEPTH && (length <= THIN_CHILDREN ? child.firstChild !== null : child.childNodes.length > BIG_CHILDREN);

  /**
   * Reads the next stretch, or descends into a child; false at the end of the tree. A container
   * of more than STRETCH_CHILDREN nodes is read STRETCH_CHILDREN children at a time, none
   * descended into (its children are small: there are many of them); in a smaller one, each
   * child is looked at, and a stretch of its children ends before a child find descends into.
   */
  const step = (nodes: Text[]): boolean | 'lost' => {
    const frame = stack.at(-1);
    if (!frame) return false;
    const children = frame.container.childNodes;
    const length = children.length;
    if (frame.index >= length) {
      stack.pop();
      return stack.length > 0;
    }
    const child = children[frame.index]!;
    if (length <= STRETCH_CHILDREN && opens(child, length)) {
      frame.index++;
      stack.push({ container: child, index: 0, expected: child.firstChild });
      return true;
    }
    let count = 1;
    if (length > STRETCH_CHILDREN) count = Math.min(STRETCH_CHILDREN, length - frame.index);
    else while (frame.index + count < length && !opens(children[frame.index + count]!, length)) count++;
    if (!read({ container: frame.container, from: frame.index, count }, nodes)) return 'lost';
    frame.index += count;
    return true;
  };

  return (budgetMs) => {
    // Between slices the page may have moved the nodes find stands before: the change tracker
    // sees what the page added or changed, but find must not read on from a place it has lost.
    for (const frame of stack) {
      if ((frame.container.childNodes[frame.index] ?? null) !== frame.expected) return { nodes: [], end: 'lost' };
    }
    const deadline = performance.now() + budgetMs;
    const nodes: Text[] = [];
    search.state = state;
    let end: FindStep['end'] = 'more';
    for (;;) {
      const more = step(nodes);
      if (more === 'lost' || !more) {
        end = more === 'lost' ? 'lost' : 'done';
        break;
      }
      if (performance.now() >= deadline) break;
    }
    state = search.state;
    if (end === 'more') for (const frame of stack) frame.expected = frame.container.childNodes[frame.index] ?? null;
    // A live range costs the page something on every later change: keep none once the tree is read.
    else range = null;
    return { nodes: end === 'lost' ? [] : nodes, end };
  };
}

/** The search run in this world, built on first use; stretches located by `locate`. */
export function textSource(search: () => KeySearch, locate: Locate = walkLocate): CandidateSource {
  let built: KeySearch | null = null;
  const get = () => (built ??= search());
  return {
    open: (root) => textSlicer(root, get(), locate),
    test: (texts) => texts.some((text) => get().test(text)),
  };
}

/**
 * Reads the text under `root`, in document order, in slices; after each slice,
 * hands `onSlice` the nodes of that slice in which a candidate key ends (so
 * that a long page is located and painted as it is read, in tasks of its own),
 * then yields to the page. The first slice runs at once, in the caller's task.
 */
export async function findCandidates(
  root: Node,
  source: CandidateSource,
  cancelled: () => boolean,
  onSlice: (nodes: Text[]) => Promise<void> | void,
): Promise<FindEnd> {
  const slice = source.open(root);
  for (let budget = FIRST_FIND_SLICE_MS; ; budget = FIND_SLICE_MS) {
    if (cancelled()) return 'cancelled';
    const { nodes, end } = slice(budget);
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
