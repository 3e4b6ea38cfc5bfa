import '@/lib/highlight/highlights.css';
import data from 'virtual:face-facts/content';
import { startCard } from './card';
import { candidateSource, startDetection } from './detection';
import { startPageRequests } from './page-requests';
import { applySettings, frameSiteUrl, readSettings } from './settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main(ctx) {
    performance.mark('face-facts:scan:start');
    // The storage read and find run side by side; nothing is matched or
    // painted until the settings say this page is on.
    const stored = readSettings();
    const siteUrl = frameSiteUrl();
    const detection = startDetection({
      document,
      topics: data.topics,
      candidates: candidateSource(),
      style: 'background',
      send: (message) => browser.runtime.sendMessage(message),
      // Mentions are painted only after the settings are read, by when `card` is set.
      onMentions: () => card.mount(),
    });
    // Find only reads the page: it runs while the settings are read, which decide what becomes of it.
    detection.start();
    void detection.ready.then(() => {
      if (ctx.isValid) performance.measure('face-facts:scan', 'face-facts:scan:start');
    });
    ctx.addEventListener(window, 'pageshow', (event) => {
      if ((event as PageTransitionEvent).persisted) detection.reportAgain();
    });
    ctx.onInvalidated(() => detection.stop());
    const card = startCard(ctx, detection.mentions, data.topics, { siteUrl, settings: { active: false } });
    const settings = applySettings(
      ctx,
      stored,
      { siteUrl, topicIds: data.topics.map((topic) => topic.id) },
      { detection, card },
    );
    startPageRequests(ctx, {
      isActive: () => settings.current()?.active ?? false,
      ready: settings.ready,
      next: (topic) => card.step(1, topic),
    });
  },
});
