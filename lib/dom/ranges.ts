/**
 * Which DOM range holds characters `start`–`end` of a run's joined text?
 */
import type { Run } from './blocks';

/** Index of the node holding character `offset` (the last node starting at or before it). */
export function nodeIndexAt(offsets: readonly number[], offset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((offsets[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A Range over `[start, end)` of `run.text`, spanning as many text nodes as it needs. */
export function rangeFor(run: Pick<Run, 'nodes' | 'offsets'>, start: number, end: number, doc?: Document): Range {
  const first = nodeIndexAt(run.offsets, start);
  // The end belongs to the node holding its last character, so that a range never starts or ends in an empty gap.
  const last = nodeIndexAt(run.offsets, Math.max(start, end - 1));
  const startNode = run.nodes[first];
  const endNode = run.nodes[last];
  if (!startNode || !endNode) throw new RangeError(`no text node for [${start}, ${end})`);
  const range = (doc ?? startNode.ownerDocument).createRange();
  range.setStart(startNode, start - (run.offsets[first] ?? 0));
  range.setEnd(endNode, end - (run.offsets[last] ?? 0));
  return range;
}
