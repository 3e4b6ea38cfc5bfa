/**
 * How do highlight colours reach text inside open shadow roots?
 *
 * The manifest stylesheet does not cross shadow boundaries, so each open shadow
 * root adopts the same rules as a constructed stylesheet: not an element, and
 * not subject to the page's style-src CSP. The rules are handed over when the
 * exact matcher is built, at a page's first candidate: a shadow root met before
 * that waits for them, and a page with nothing to highlight never builds the sheet.
 */

export interface ShadowStyler {
  /** Styles `root` now, or as soon as the rules arrive. */
  style(root: ShadowRoot): void;
  /** The highlight rules: styles every root met so far. */
  rules(cssText: string): void;
}

/** Adds the highlight rules to the shadow roots of one document, building the sheet once. */
export function shadowStyler(): ShadowStyler {
  let sheet: CSSStyleSheet | undefined;
  const waiting = new Set<ShadowRoot>();
  const adopt = (root: ShadowRoot, rulesSheet: CSSStyleSheet) => {
    if (!root.adoptedStyleSheets.includes(rulesSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, rulesSheet];
  };
  return {
    style(root) {
      if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
      if (sheet) adopt(root, sheet);
      else waiting.add(root);
    },
    rules(cssText) {
      if (sheet || typeof CSSStyleSheet === 'undefined') return;
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
      for (const root of waiting) adopt(root, sheet);
      waiting.clear();
    },
  };
}
