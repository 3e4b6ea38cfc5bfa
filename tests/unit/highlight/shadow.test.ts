import { describe, expect, it } from 'vitest';
import { shadowStyler } from '@/lib/highlight/shadow';

const RULES = '::highlight(face-facts-ibm) { background-color: yellow; }';

function shadowRoot(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

describe('the highlight rules in open shadow roots', () => {
  it('styles the roots met before the rules are enabled, once they are, and later roots at once', () => {
    const styles = shadowStyler(RULES);
    const early = shadowRoot();
    styles.style(early);
    expect(early.adoptedStyleSheets).toHaveLength(0);
    styles.enable();
    expect(early.adoptedStyleSheets).toHaveLength(1);
    const late = shadowRoot();
    styles.style(late);
    expect(late.adoptedStyleSheets).toEqual(early.adoptedStyleSheets);
    // Met again, or enabled again: one sheet, adopted once.
    styles.style(late);
    styles.enable();
    expect(late.adoptedStyleSheets).toHaveLength(1);
  });

  it('keeps the root’s own sheets', () => {
    const styles = shadowStyler(RULES);
    const root = shadowRoot();
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    styles.enable();
    styles.style(root);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    expect(root.adoptedStyleSheets).toHaveLength(2);
  });
});
