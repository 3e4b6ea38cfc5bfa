/**
 * Where does the card live in the page?
 *
 * In one `<face-facts-ui>` host with an open shadow root (so that assistive
 * tech, axe and Playwright can see into it), created when the first card is
 * prepared: until then the page's DOM is untouched. Inside, the same
 * `<html><head></head><body>` skeleton WXT's `createShadowRootUi` builds, with
 * the card rendered in that `<body>`; built here directly because the card
 * needs none of the rest (CSS fetching, auto-mounting, the extension API),
 * which would only weigh on the card bundle. Styles come from a constructable
 * stylesheet adopted by the shadow root, so there is no `<style>` element for
 * a page's CSP to block and no stylesheet request. The host is 0×0 and lets
 * the pointer through; only the card takes it.
 */
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

/** Builds the host and appends it at the end of the page; removed when `ctx` is invalidated. */
export function createCardUi(ctx: ContentScriptContext): CardUi {
  const host = document.createElement(OWN_UI_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const container = document.createElement('body');
  html.append(document.createElement('head'), container);
  shadow.append(html);
  adoptCardStyles(shadow);
  (document.body ?? document.documentElement).append(host);
  const remove = () => host.remove();
  ctx.onInvalidated(remove);
  return { host, shadow, container, remove };
}
