/**
 * What text does a reader see here, and which nodes hold it?
 *
 * Walks a subtree and yields runs: the text of consecutive inline content inside
 * one block (joined across inline elements, never across block boundaries), with
 * the text nodes that hold it and where each node starts in the joined string.
 */
import { isBlock, isSkipped } from './skip';

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

/** Yields the runs of text under `root` in document order. */
export function* collectRuns(root: Owner, options: CollectOptions = {}): Generator<Run, void, undefined> {
  const nested = options.nested ?? false;
  const owners: Owner[] = [root];
  let nodes: Text[] = [];
  let parts: string[] = [];
  let offsets: number[] = [];
  let length = 0;

  /** Ends the current run; returns it unless it is empty or whitespace only. */
  function take(): Run | undefined {
    if (nodes.length === 0) return undefined;
    const text = parts.join('');
    const run = /\S/.test(text) ? { owner: owners[owners.length - 1] ?? root, text, nodes, offsets } : undefined;
    nodes = [];
    parts = [];
    offsets = [];
    length = 0;
    return run;
  }

  /** Reports an open shadow root and, in a nested walk, scans it as a tree of its own. */
  function* enterShadow(element: Element): Generator<Run, void, undefined> {
    const shadow = element.shadowRoot;
    if (!shadow) return;
    options.onShadowRoot?.(shadow);
    if (nested) yield* collectRuns(shadow, options);
  }

  if (!isShadowRoot(root)) yield* enterShadow(root);
  // Recursion-free walk: `stack` holds the elements entered; leaving a block closes its run.
  let node: Node | null = root.firstChild;
  const stack: Node[] = [];
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT) {
      const value = (node as Text).data;
      if (value.length > 0) {
        nodes.push(node as Text);
        offsets.push(length);
        parts.push(value);
        length += value.length;
      }
    } else if (node.nodeType === ELEMENT) {
      const element = node as Element;
      if (!isSkipped(element)) {
        const block = isBlock(element);
        if (block) {
          const ended = take();
          if (ended) yield ended;
        }
        if (element.shadowRoot) {
          // A shadow tree's text is never glued to the host's light text.
          const ended = take();
          if (ended) yield ended;
          yield* enterShadow(element);
        }
        if (!block) {
          descend = element.firstChild !== null;
        } else if (nested) {
          owners.push(element);
          descend = element.firstChild !== null;
          if (!descend) owners.pop();
        }
      }
    }
    if (descend) {
      stack.push(node);
      node = node.firstChild;
      continue;
    }
    // Move to the next sibling, closing blocks on the way up.
    while (node && !node.nextSibling) {
      const parent = stack.pop();
      if (!parent) {
        node = null;
        break;
      }
      if (parent.nodeType === ELEMENT && isBlock(parent as Element)) {
        const ended = take();
        if (ended) yield ended;
        owners.pop();
      }
      node = parent;
    }
    if (node) node = node.nextSibling;
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
