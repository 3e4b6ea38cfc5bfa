/**
 * Answers: is this hit part of a URL, email, hostname, file path, code
 * identifier or base64 blob rather than prose?
 */
import { codePointBefore, isWordCode } from './boundaries';

/** A "word" with no whitespace for this long is a blob (base64, minified code, data URI). */
const BLOB_LENGTH = 256;
const URL_RE = /:\/\/|(?:^|[^a-z])(?:www\d*\.|data:|mailto:|file:|javascript:)/i;
const DOMAIN_PATH_RE = /[\p{L}\p{N}]\.\p{L}{2,}[/:]/u;
const EMAIL_RE = /[\p{L}\p{N}._%+-]@[\p{L}\p{N}]/u;
const BASE64_RE = /^[A-Za-z0-9+/]{16,}={0,2}$/;
const WRAPPERS_RE = /^[("'«“‘[]+|[)"'»”’\].,;:!?]+$/g;
const SPACE_RE = /\s/;

const wordBefore = (text: string, i: number) => {
  const cp = codePointBefore(text, i);
  return cp >= 0 && isWordCode(cp);
};
const wordAt = (text: string, i: number) => i < text.length && isWordCode(text.codePointAt(i) ?? 0);

/** Whether text[start, end) sits inside something that is not prose. */
export function isEmbedded(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  // Glued to a dotted or key=value token: www.IBM, IBM.com, foo#IBM, x=IBM, IBM@host.
  if ((before === '.' || before === '=' || before === '#' || before === '\\') && wordBefore(text, start - 1)) return true;
  if (before === '.' && (start < 2 || SPACE_RE.test(text[start - 2] as string))) return true; // CSS ".IBM-logo"
  if ((after === '.' || after === '@' || after === '=' || after === '\\') && wordAt(text, end + 1)) return true;
  if ((before === '/' || before === '\\') && (after === '/' || after === '\\')) return true; // a/IBM/b
  // The whitespace-delimited token around the hit.
  let from = start;
  while (from > 0 && !SPACE_RE.test(text[from - 1] as string)) if (start - --from > BLOB_LENGTH) return true;
  let to = end;
  while (to < text.length && !SPACE_RE.test(text[to] as string)) if (++to - end > BLOB_LENGTH) return true;
  if (from === start && to === end) return false;
  const token = text.slice(from, to);
  // The Unicode classes of the last two cost a regex milliseconds to compile: only a token that could match runs them.
  if (URL_RE.test(token)) return true;
  if (token.includes('.') && (token.includes('/') || token.includes(':')) && DOMAIN_PATH_RE.test(token)) return true;
  if (token.includes('@') && EMAIL_RE.test(token)) return true;
  const core = token.replace(WRAPPERS_RE, '');
  return BASE64_RE.test(core) && /[0-9]/.test(core) && /[+/=]/.test(core);
}
