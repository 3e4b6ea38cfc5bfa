/** Answers: what regex source matches one surface form (a Term)? */

export interface TermLike {
  text: string;
  case?: 'sensitive' | 'insensitive';
}

/** A space (or hyphen) in a form: any run of Unicode spaces and hyphens. */
const SEPARATOR = '[\\s\\-\\u2010\\u2011]+';
/**
 * What may follow a stem ("Gesichtserkennung*"): more letters of the Latin
 * script the four languages are written in, with their accents, precomposed
 * or combining. Not `[\\p{L}\\p{M}]*`: with one such Unicode class per stem,
 * the combined regex took about twice as long to compile (docs/matching.md).
 */
const STEM_TAIL = '[A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF]*';
const APOSTROPHE = "['\\u2019\\u02BC]";
/** Escapes syntax characters (valid with the `u` flag, inside or outside a class). */
const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** One character, in both cases when asked, and in decomposed form (e + U+0301) too. */
function charSource(ch: string, insensitive: boolean): string {
  if (ch === "'" || ch === '\u2019') return APOSTROPHE;
  const cased = insensitive ? [ch, ch.toLowerCase(), ch.toUpperCase()] : [ch];
  const single = [...new Set(cased.filter((c) => [...c].length === 1))];
  const decomposed = [...new Set(single.map((c) => c.normalize('NFD')).filter((d) => d.length > 1))];
  const cls = single.length === 1 ? escape(ch) : `[${single.map(escape).join('')}]`;
  return decomposed.length ? `(?:${[cls, ...decomposed.map(escape)].join('|')})` : cls;
}

/**
 * Regex source (for the `u` flag) of a term. The word boundaries on both sides
 * are added once around the whole alternation (see compile.ts).
 */
export function termSource(term: TermLike): string {
  const insensitive = term.case !== 'sensitive';
  let text = term.text.trim();
  const stem = text.endsWith('*');
  if (stem) text = text.slice(0, -1);
  const words = text.split(/[\s\-\u2010\u2011]+/).filter(Boolean);
  const body = words.map((w) => [...w].map((ch) => charSource(ch, insensitive)).join('')).join(SEPARATOR);
  return stem ? `${body}${STEM_TAIL}` : body;
}

/** Sort key: longer forms are tried first so the longest alternative wins at one position. */
export function termWeight(term: TermLike): number {
  return term.text.replace(/\*$/, '').trim().length;
}
