/**
 * Locating candidates, in the page's own world (lib/find/serve.ts): the
 * content script (entrypoints/content) reads the page's text itself and asks
 * this world to walk only the stretches that hold a candidate, which costs this
 * world less than the content script's: up to 4 times less on a page of many
 * short text nodes (docs/performance.md).
 *
 * It starts with the document, before the page's scripts, so that its
 * listener comes first; it does nothing until asked. Chrome only: Firefox's
 * content script walks on its own (entrypoints/content/detection.ts).
 */
import { serveLocates } from '@/lib/find/serve';

export default defineContentScript({
  matches: ['<all_urls>'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  exclude: ['firefox'],
  // No global name: nothing of it is visible to the page.
  globalName: false,
  main() {
    serveLocates(window);
  },
});
