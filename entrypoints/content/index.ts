import '@/lib/highlight/highlights.css';
import cssText from '@/lib/highlight/highlights.css?raw';
import data from 'virtual:face-facts/content';
import { startCard } from './card';
import { startDetection } from './detection';
import { startPageRequests } from './page-requests';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main(ctx) {
    performance.mark('face-facts:scan:start');
    const detection = startDetection({
      document,
      topics: data.topics,
      style: 'background',
      cssText,
      send: (message) => browser.runtime.sendMessage(message),
    });
    void detection.ready.then(() => {
      if (ctx.isValid) performance.measure('face-facts:scan', 'face-facts:scan:start');
    });
    ctx.addEventListener(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) detection.reportAgain();
    });
    ctx.onInvalidated(() => detection.stop());
    const card = startCard(ctx, detection.highlights, data.topics);
    startPageRequests(ctx, detection.highlights, (mention) => card.reveal(mention));
  },
});
