/**
 * The matcher bundle: the exact matcher (lib/match) and its forms compiled at
 * build time, built as an ES module (`/matcher.js`, see wxt.config.ts) that the
 * content script imports only when a page has a candidate (lib/dom/find.ts).
 * Its default export is the `MatcherBundle` of lib/match/load.ts. Nothing runs on import.
 * It also carries the highlight rules for open shadow roots (lib/highlight/shadow.ts),
 * and the card controller (lib/card/controller.ts), which the content script
 * mounts when a mention is first painted: only a page with a candidate can have one.
 */
import data from 'virtual:face-facts/matcher';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountCard } from '@/lib/card/controller';
import highlightCss from '@/lib/highlight/highlights.css?raw';
import { matcherFrom } from '@/lib/match';
import type { MatcherBundle } from '@/lib/match/load';

export default defineUnlistedScript({
  // An ES module, not an IIFE: no global name, no footer.
  globalName: false,
  main: (): MatcherBundle => ({
    createMatcher: () => matcherFrom(data),
    highlightCss,
    mountCard,
  }),
});
