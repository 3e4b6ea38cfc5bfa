/**
 * Which open shadow roots does a tree hold?
 *
 * Only an element can host a shadow root, and nothing but a walk over the
 * elements tells which ones do (no selector matches a host). That walk costs a
 * script call per element, so it never runs on the critical path: it starts once
 * the page's own text is scanned, at idle (`requestIdleCallback`), in slices
 * that stop when the idle period or SLICE_MS runs out.
 */
import { SLICE_MS } from './schedule';
import { OWN_UI_TAG } from './skip';

/**
 * Elements that may host a shadow root besides custom elements (the DOM
 * standard's "valid shadow host names"): only these are asked for `shadowRoot`.
 */
export const SHADOW_HOSTS: ReadonlySet<string> = new Set([
  'article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span',
]);

/** Whether an element of this name may host a shadow root the scan reads (never the extension's own card). */
export function mayHostShadow(name: string): boolean {
  return SHADOW_HOSTS.has(name) || (name.includes('-') && name !== OWN_UI_TAG);
}

/** Elements between two looks at the clock. */
const CLOCK_EVERY = 255;
/** An idle period is waited for at most this long, so a busy page still gets its shadow roots. */
const IDLE_TIMEOUT_MS = 500;

interface IdleDeadlineLike {
  timeRemaining(): number;
}

function whenIdle(): Promise<IdleDeadlineLike> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(() => resolve({ timeRemaining: () => SLICE_MS }), 0);
  });
}

/** The open shadow roots of `root`'s own tree (not those nested in them), in document order. */
export async function discoverShadowRoots(root: Node, cancelled: () => boolean): Promise<ShadowRoot[]> {
  const found: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let deadline = await whenIdle();
  let sliceEnd = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
  for (let count = 1, node: Node | null = walker.currentNode; node; node = walker.nextNode(), count++) {
    const element = node as Element;
    if (element.nodeType === 1 && mayHostShadow(element.localName)) {
      const shadow = element.shadowRoot;
      if (shadow) found.push(shadow);
    }
    if ((count & CLOCK_EVERY) === 0 && performance.now() >= sliceEnd) {
      deadline = await whenIdle();
      if (cancelled() || !node.isConnected) return found;
      sliceEnd = performance.now() + Math.min(SLICE_MS, deadline.timeRemaining());
    }
  }
  return found;
}
