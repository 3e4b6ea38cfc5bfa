/**
 * The matcher bundle: the exact matcher (lib/match) and its forms compiled at
 * build time, built as an ES module (`/matcher.js`, see wxt.config.ts) that the
 * content script imports only when a page has a candidate (lib/dom/find.ts).
 * Its default export is the `MatcherBundle` of lib/match/load.ts. Nothing runs on import.
 * It also carries the candidate search, for a page whose own world does not
 * answer the content script (lib/find/bridge.ts), and the highlight rules for
 * open shadow roots (lib/highlight/shadow.ts).
 */
import finder from 'virtual:face-facts/finder';
import data from 'virtual:face-facts/matcher';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Automaton } from '@/lib/find/automaton';
import highlightCss from '@/lib/highlight/highlights.css?raw';
import { matcherFrom } from '@/lib/match';
import type { MatcherBundle } from '@/lib/match/load';

export default defineUnlistedScript({
  // An ES module, not an IIFE: no global name, no footer.
  globalName: false,
  main: (): MatcherBundle => ({
    createMatcher: () => matcherFrom(data),
    createAutomaton: () => new Automaton(finder),
    highlightCss,
  }),
});
