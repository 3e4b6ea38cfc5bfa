/**
 * How do highlight colours reach text inside open shadow roots?
 *
 * The manifest stylesheet does not cross shadow boundaries, so each open shadow
 * root adopts the same rules as a constructed stylesheet: not an element, and
 * not subject to the page's style-src CSP.
 */

/** Adds the highlight rules to shadow roots of one document, building the sheet once. */
export function shadowStyler(cssText: string): (root: ShadowRoot) => void {
  let sheet: CSSStyleSheet | undefined;
  return (root) => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
}
