/**
 * Answers: what does the candidate search see of a character?
 *
 * Case and accents are folded away (É, é and e + U+0301 are all "e"), runs of
 * spaces and hyphens are one separator, and invisible characters (soft hyphen,
 * zero-width, combining marks) are not there at all. The exact matcher decides
 * afterwards; the search only has to be a superset of it.
 */

/** A space or hyphen: the exact matcher's separator (`\s`, `-`, U+2010, U+2011). */
export const SEPARATOR_CHARS =
  ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000-\u2010\u2011';

/** Soft hyphen and zero-width characters, which the exact matcher strips. */
export const INVISIBLE_CHARS = '\u00ad\u200b\u200c\u200d\u2060\ufeff';

/** Combining diacritical marks (U+0300–U+036F): part of the letter before them. */
export const COMBINING_FIRST = 0x300;
export const COMBINING_LAST = 0x36f;

/** The folded form of one character: lower case, without its accents. */
export function foldChar(ch: string): string {
  // ASCII has no accents: the common case on a page, kept off \`normalize\`.
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ch.toLowerCase();
  const lower = ch.toLowerCase();
  const base = lower.normalize('NFD');
  return base.length > 1 && base.codePointAt(1)! >= COMBINING_FIRST && base.codePointAt(1)! <= COMBINING_LAST ? base[0]! : lower;
}

/** The case of a character in a key's shape (keys.ts): `U`, `L`, or `-` for a caseless one. */
export function caseOf(ch: string): 'U' | 'L' | '-' {
  return ch !== ch.toLowerCase() ? 'U' : ch !== ch.toUpperCase() ? 'L' : '-';
}

/** A form as written, with one space between words and the stem `*` dropped (NFC). */
export function writtenForm(text: string): string {
  const words = text.trim().replace(/\*$/, '').split(/[\s\-\u2010\u2011]+/).filter(Boolean);
  return words.join(' ').normalize('NFC');
}

/** A form folded to what the search compares: `writtenForm` with its letters folded. */
export function foldForm(text: string): string {
  return [...writtenForm(text)].map((ch) => (ch === ' ' ? ' ' : foldChar(ch))).join('');
}
