/**
 * The card bundle: everything that draws a card (Preact, the Card view, its
 * styles, facts and strings, Floating UI, the shadow-root host), built as an
 * ES module (`/card-ui.js`, see wxt.config.ts) that the content script imports
 * on the first hover (lib/card/load-view.ts). Its default export is the
 * `CardBundle` of lib/card/view-api.ts. Nothing runs on import.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCardView } from '@/lib/card/view';
import type { CardBundle } from '@/lib/card/view-api';

export default defineUnlistedScript({
  // An ES module, not an IIFE: no global name, no footer.
  globalName: false,
  main: (): CardBundle => ({ createCardView: (ctx, events) => createCardView(ctx, events) }),
});
