/**
 * The card controller bundle: the hover intent, the hit test, focus, taps,
 * the keyboard cycle and the card's language (lib/card/controller.ts), built
 * as an ES module (`/card-controller.js`, see wxt.config.ts) that the content
 * script imports when a mention is first painted (entrypoints/content/card.ts):
 * a page without a mention never loads it. Its default export is the
 * `ControllerBundle` of lib/card/load-controller.ts. Nothing runs on import.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountCard } from '@/lib/card/controller';
import type { ControllerBundle } from '@/lib/card/load-controller';

export default defineUnlistedScript({
  // An ES module, not an IIFE: no global name, no footer.
  globalName: false,
  main: (): ControllerBundle => ({ mountCard }),
});
