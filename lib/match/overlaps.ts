/**
 * Answers: which mentions survive when candidates overlap?
 * - Names: the longest wins; on a tie the earlier one; on the same span, the first topic listed.
 * - A proximity span that overlaps any surviving name is dropped: names are precise, spans are guesses.
 * - The other proximity spans: overlapping spans of one topic merge into one; across topics the earlier wins.
 *   Spans are dropped before they merge, so that one span over a name does not take a good one with it.
 */
import type { Span } from './proximity';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const byStart = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

/** Longest-first among each cluster of overlapping names; input in start order. */
export function resolveNames(candidates: readonly Span[]): Span[] {
  const kept: Span[] = [];
  let i = 0;
  while (i < candidates.length) {
    const cluster: Span[] = [candidates[i] as Span];
    let clusterEnd = (candidates[i] as Span).end;
    for (i++; i < candidates.length && (candidates[i] as Span).start < clusterEnd; i++) {
      const c = candidates[i] as Span;
      cluster.push(c);
      clusterEnd = Math.max(clusterEnd, c.end);
    }
    if (cluster.length === 1) {
      kept.push(cluster[0] as Span);
      continue;
    }
    const chosen: Span[] = [];
    for (const c of cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
      if (!chosen.some((k) => overlaps(k, c))) chosen.push(c);
    }
    kept.push(...chosen.sort(byStart));
  }
  return kept;
}

/** Merges same-topic overlapping spans; across topics the earlier span wins. Input in start order. */
export function resolveSpans(spans: readonly Span[]): Span[] {
  const kept: Span[] = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) {
      if (last.topic === s.topic) last.end = Math.max(last.end, s.end);
      continue;
    }
    kept.push({ ...s });
  }
  return kept;
}

/** Names plus the proximity spans that touch no name, merged (`resolveSpans`), in start order. Input in start order. */
export function combine(names: readonly Span[], spans: readonly Span[]): Span[] {
  if (spans.length === 0) return names.slice();
  const apart: Span[] = [];
  let n = 0;
  for (const s of spans) {
    while (n < names.length && (names[n] as Span).end <= s.start) n++;
    const next = names[n];
    if (!next || !overlaps(next, s)) apart.push(s);
  }
  return [...names, ...resolveSpans(apart)].sort(byStart);
}
