/**
 * Where does the card live in the page?
 *
 * In one `<face-facts-ui>` host with an open shadow root (so that assistive
 * tech, axe and Playwright can see into it), made by WXT's createShadowRootUi
 * the first time a card opens: until then the page's DOM is untouched. Styles
 * come from a constructable stylesheet adopted by the shadow root, so there is
 * no `<style>` element for a page's CSP to block and no stylesheet request.
 * The host is 0×0 and lets the pointer through; only the card takes it.
 */
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '@/components/card/card.css?inline';
import { OWN_UI_TAG } from '@/lib/dom/skip';

export interface CardUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the card is rendered. */
  container: HTMLElement;
  remove(): void;
}

/** Gives `shadow` the card's styles, without a `<style>` element when the browser allows. */
export function adoptCardStyles(shadow: ShadowRoot, cssText: string = cardCss): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Constructable stylesheets unavailable from this world (older Firefox
    // content scripts): fall back to a style element inside the shadow root.
    const style = document.createElement('style');
    style.textContent = cssText;
    shadow.prepend(style);
  }
}

export async function createCardUi(ctx: ContentScriptContext): Promise<CardUi> {
  const ui = await createShadowRootUi(ctx, {
    name: OWN_UI_TAG,
    mode: 'open',
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    // The reset lives in our own sheet (`:host { all: initial !important }`).
    inheritStyles: true,
    onMount: () => undefined,
  });
  // WXT adds an (empty, here) <style> to the shadow root: drop it before the
  // host is connected, so a strict style-src never even sees it.
  ui.shadow.querySelectorAll('style').forEach((style) => style.remove());
  adoptCardStyles(ui.shadow);
  ui.mount();
  return { host: ui.shadowHost, shadow: ui.shadow, container: ui.uiContainer, remove: () => ui.remove() };
}
