/**
 * Which parts of a page are not prose a reader sees, and where one block of text ends.
 *
 * Decisions (see docs/detection.md):
 * - Skipped subtrees: non-rendered or non-prose elements (script, style, template…),
 *   form fields, editable regions, `[hidden]`, code-like elements (code, pre, kbd,
 *   samp: identifiers there are not prose), embedded media and SVG/MathML, and the
 *   extension's own UI host.
 * - Blocks are decided by tag name, never by computed style (too slow on big pages):
 *   a fixed set of block-level tags, table parts, `br`, and custom elements
 *   (a hyphen in the name) all end the current run of text.
 */
import { elementOf } from './element-of';

/** Tag name of the extension's own UI host element: never scanned, never observed. */
export const OWN_UI_TAG = 'face-facts-ui';

/** Elements whose whole subtree holds no prose for the reader. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'textarea', 'input', 'select', 'option', 'optgroup', 'datalist', 'output',
  'code', 'pre', 'kbd', 'samp', 'var', 'listing', 'xmp', 'plaintext',
  'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'video', 'audio', 'picture', 'img', 'map', 'rp', 'rt',
  OWN_UI_TAG,
]);

/** Elements that end a run of text: what is before and after them is never joined. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'details',
  'dialog', 'dd', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary',
  'ul', 'table', 'caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'button', 'br', 'marquee',
]);

/** CSS selector matching any element that starts a skipped subtree (for `closest`). */
export const SKIP_SELECTOR = [
  ...SKIP_TAGS,
  '[hidden]:not([hidden="until-found" i])',
  '[contenteditable=""]',
  '[contenteditable="true" i]',
  '[contenteditable="plaintext-only" i]',
].join(',');

function isEditableValue(value: string | null): boolean {
  if (value === null) return false;
  const v = value.toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only';
}

/** Whether `element` starts a subtree that is never scanned. */
export function isSkipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') && element.getAttribute('hidden')?.toLowerCase() !== 'until-found') {
    return true;
  }
  return isEditableValue(element.getAttribute('contenteditable'));
}

/** Whether `element` ends a run of text (a block-level tag, a table part, `br`, a custom element). */
export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName) || element.localName.includes('-');
}

/** Whether `node` is inside (or is) a skipped subtree of its own tree, or the document is in design mode. */
export function isInSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  const element = elementOf(node);
  return element !== null && element.closest(SKIP_SELECTOR) !== null;
}
