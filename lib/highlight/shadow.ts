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
  /** Styles `root` now, or once the rules are enabled. */
  style(root: ShadowRoot): void;
  /** Builds the sheet and styles every root met so far, and from then on each root as it is met. */
  enable(): void;
}

/** Adds the highlight rules `cssText` to the shadow roots of one document, building the sheet once, when enabled. */
export function shadowStyler(cssText: string): ShadowStyler {
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
    enable() {
      if (sheet || typeof CSSStyleSheet === 'undefined') return;
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
      for (const root of waiting) adopt(root, sheet);
      waiting.clear();
    },
  };
}
