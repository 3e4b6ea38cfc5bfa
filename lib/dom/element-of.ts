/**
 * The element a node is, or the one it sits in (a text node's parent); null
 * for a node outside any element. Read by node type, so that it holds for
 * nodes seen through another world's wrappers (Firefox's Xray), where
 * `instanceof Element` may not.
 */
export function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}
