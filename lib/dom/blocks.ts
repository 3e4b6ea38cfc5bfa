/**
 * What text does a reader see here, and which nodes hold it?
 *
 * Walks a subtree and yields runs: the text of consecutive inline content inside
 * one block (joined across inline elements, never across block boundaries), with
 * the text nodes that hold it and where each node starts in the joined string.
 */
import { mayHostShadow } from './shadow-roots';
import { BLOCK_TAGS, SKIP_TAGS, isBlock, isSkipped } from './skip';

/** A block's owner: the element (or shadow root) whose direct inline content forms the run. */
export type Owner = Element | ShadowRoot;

export interface Run {
  /** The nearest block element (or shadow root) the run belongs to. */
  owner: Owner;
  /** The joined text of `nodes`. */
  text: string;
  nodes: Text[];
  /** `offsets[i]` is where `nodes[i]` starts in `text` (ascending). */
  offsets: number[];
}

export interface CollectOptions {
  /**
   * Also descend into nested blocks and open shadow roots (a full scan). Without
   * it only the root's own runs are collected and nested blocks are boundaries.
   */
  nested?: boolean;
  /** Called for every open shadow root met on the way (scanned only when `nested`). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Also end a run at an inline element laid out as a box of its own (its computed
   * `display` is block, flex, grid, a table part… or it is a flex or grid item).
   * Costs a style read per inline element: only for the few blocks matched exactly.
   */
  styled?: boolean;
}

/** Whether an inline element is laid out as a box of its own (flex and grid items are blockified). */
export function boxedInline(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const display = view.getComputedStyle(element).display;
  return !(display.startsWith('inline') || display.startsWith('ruby') || display === 'contents' || display === 'none' || display === '');
}

const ELEMENT = 1;
const TEXT = 3;
const FRAGMENT = 11;

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === FRAGMENT && (node as ShadowRoot).host !== undefined;
}

/** The block a node's text belongs to: its nearest block ancestor (or itself), else its shadow root. */
export function ownerOf(node: Node): Owner | undefined {
  let current: Node | null = node.nodeType === ELEMENT ? node : node.parentNode;
  while (current) {
    if (current.nodeType === ELEMENT) {
      if (isBlock(current as Element)) return current as Element;
    } else {
      return isShadowRoot(current) ? current : undefined;
    }
    current = current.parentNode;
  }
  return undefined;
}


/** What leaving an element does: nothing (inline), end the run (a boxed inline), end it and its owner (a block). */
const EXIT_NONE = 0;
const EXIT_TAKE = 1;
const EXIT_OWNER = 2;

const INLINE = 0;
const BLOCK = 1;
const SKIP = 2;
/** What a tag name does to a run, decided once per name. */
const kinds = new Map<string, number>();

function kindOf(name: string): number {
  let kind = kinds.get(name);
  if (kind === undefined) {
    kind = SKIP_TAGS.has(name) ? SKIP : BLOCK_TAGS.has(name) || name.includes('-') ? BLOCK : INLINE;
    kinds.set(name, kind);
  }
  return kind;
}

/**
 * Yields the runs of text under `root` in document order.
 *
 * Runs on the blocks that find flagged and on the blocks a change dirtied
 * (docs/detection.md): each element costs one `localName` read and one map lookup; the
 * attributes that skip a subtree (`hidden`, `contenteditable`) are found by one
 * `querySelectorAll` up front, and only possible shadow hosts are asked for a
 * shadow root.
 */
export function* collectRuns(root: Owner, options: CollectOptions = {}): Generator<Run, void, undefined> {
  const nested = options.nested ?? false;
  const styled = options.styled ?? false;
  const flagged: ReadonlySet<Element> = new Set(root.querySelectorAll('[hidden],[contenteditable]'));
  const owners: Owner[] = [root];
  let nodes: Text[] = [];
  let parts: string[] = [];
  let offsets: number[] = [];
  let length = 0;

  /** Ends the current run; returns it unless it is empty or whitespace only. */
  function take(): Run | undefined {
    if (nodes.length === 0) return undefined;
    const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
    const run = /\S/.test(text) ? { owner: owners[owners.length - 1] ?? root, text, nodes, offsets } : undefined;
    nodes = [];
    parts = [];
    offsets = [];
    length = 0;
    return run;
  }

  /** Reports an open shadow root and, in a nested walk, scans it as a tree of its own. */
  function* enterShadow(shadow: ShadowRoot): Generator<Run, void, undefined> {
    options.onShadowRoot?.(shadow);
    if (nested) yield* collectRuns(shadow, options);
  }

  if (!isShadowRoot(root) && root.shadowRoot) yield* enterShadow(root.shadowRoot);
  // Recursion-free walk: `stack` holds the elements entered, `exits` what leaving each does.
  let node: Node | null = root.firstChild;
  const stack: Node[] = [];
  const exits: number[] = [];
  while (node) {
    let descend = false;
    let exit = EXIT_NONE;
    const type = node.nodeType;
    if (type === TEXT) {
      const value = (node as Text).data;
      if (value.length > 0) {
        nodes.push(node as Text);
        offsets.push(length);
        parts.push(value);
        length += value.length;
      }
    } else if (type === ELEMENT) {
      const element = node as Element;
      const name = element.localName;
      const kind = kindOf(name);
      if (kind !== SKIP && !(flagged.size > 0 && flagged.has(element) && isSkipped(element))) {
        const block = kind === BLOCK;
        const boxed = !block && styled && boxedInline(element);
        if (block || boxed) {
          const ended = take();
          if (ended) yield ended;
        }
        const shadow = mayHostShadow(name) ? element.shadowRoot : null;
        if (shadow) {
          // A shadow tree's text is never glued to the host's light text.
          const ended = take();
          if (ended) yield ended;
          yield* enterShadow(shadow);
        }
        if (!block) {
          descend = element.firstChild !== null;
          exit = boxed ? EXIT_TAKE : EXIT_NONE;
        } else if (nested) {
          descend = element.firstChild !== null;
          if (descend) owners.push(element);
          exit = EXIT_OWNER;
        }
      }
    }
    if (descend) {
      stack.push(node);
      exits.push(exit);
      node = node.firstChild;
      continue;
    }
    // Move to the next sibling, closing blocks on the way up.
    let next: Node | null = node.nextSibling;
    while (!next) {
      const parent = stack.pop();
      if (!parent) break;
      const leaving = exits.pop();
      if (leaving !== EXIT_NONE) {
        const ended = take();
        if (ended) yield ended;
        if (leaving === EXIT_OWNER) owners.pop();
      }
      next = parent.nextSibling;
    }
    node = next;
  }
  const ended = take();
  if (ended) yield ended;
}

/** Every owner inside `node` (itself included when it is a block), shadow roots included. */
export function ownersIn(node: Node, onShadowRoot?: (root: ShadowRoot) => void, limit = Infinity): Owner[] | undefined {
  const found: Owner[] = [];
  const visit = (start: Node): boolean => {
    const stack: Node[] = [start];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (current.nodeType === ELEMENT) {
        const element = current as Element;
        if (isSkipped(element)) continue;
        if (isBlock(element)) found.push(element);
        const shadow = element.shadowRoot;
        if (shadow) {
          onShadowRoot?.(shadow);
          found.push(shadow);
          if (!visit(shadow)) return false;
        }
      }
      if (found.length > limit) return false;
      for (let child = current.lastChild; child; child = child.previousSibling) {
        if (child.nodeType === ELEMENT) stack.push(child);
      }
    }
    return true;
  };
  return visit(node) ? found : undefined;
}
