/**
 * Answers: what does the matcher see once invisible characters are gone, and
 * where did each of its characters come from in the original text?
 */

/** Soft hyphen and zero-width characters, ignored inside words. */
const INVISIBLE_TEST = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

export interface Normalized {
  text: string;
  /** Normalized index → original index; one extra slot maps the end. */
  map: Int32Array;
}

/** Whether `text` holds an invisible character (the fast path skips `strip` when not). */
export function hasInvisible(text: string): boolean {
  return INVISIBLE_TEST.test(text);
}

/** Removes invisible characters and maps each remaining one back to its original index. */
export function stripInvisible(text: string): Normalized {
  const map = new Int32Array(text.length + 1);
  let out = '';
  let runStart = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) {
      out += text.slice(runStart, i);
      runStart = i + 1;
    } else {
      map[n++] = i;
    }
  }
  out += text.slice(runStart);
  map[n] = text.length;
  return { text: out, map: map.subarray(0, n + 1) };
}

/** Original [start, end) of the normalized span [start, end); covers invisible chars inside it. */
export function toOriginal(map: Int32Array | null, start: number, end: number): [number, number] {
  if (!map) return [start, end];
  return [map[start] ?? start, (map[end - 1] ?? end - 1) + 1];
}
