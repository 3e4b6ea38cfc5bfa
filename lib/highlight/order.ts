/**
 * In which order do two ranges come in the page, across shadow trees?
 */

/** The chain of trees from `node`'s tree up to the document: each tree's node that holds the point. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  let root = node.getRootNode();
  while (root.nodeType === 11 && (root as ShadowRoot).host) {
    const host = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain.reverse();
}

/** Sort comparator: document order of the ranges' starts (shadow content sits at its host). */
export function compareRanges(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode() && 'compareBoundaryPoints' in a) {
    return (a as Range).compareBoundaryPoints(Range.START_TO_START, b as Range);
  }
  const chainA = hostChain(a.startContainer);
  const chainB = hostChain(b.startContainer);
  for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
    const x = chainA[i]!;
    const y = chainB[i]!;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  return chainA.length - chainB.length;
}
