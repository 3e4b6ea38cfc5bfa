/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed gives the
 * same numbers in [0, 1) on every run, so that generated pages and test texts can be
 * replayed.
 */
export function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
