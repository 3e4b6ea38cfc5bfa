/**
 * Wires the hover card into the content script: the controller over the
 * detection's highlights, the card bundle it loads on first need, and keyboard
 * commands from the background. Its settings (hover delay, card language,
 * whether this site and which topics are on) come from the settings wiring
 * through `setSettings`.
 *
 * The controller is a bundle of its own, imported and mounted when the page's
 * first mention is painted (`mount`), when it can first be seen and hovered: a
 * page without a mention, most of what a reader opens, has no pointer, scroll,
 * click or key listener of ours, and never loads the controller's code.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentTopic } from '@/data/content-data';
import type { CardController, CardSettings, MentionSource } from '@/lib/card/controller';
import { controllerLoader, type ControllerBundle } from '@/lib/card/load-controller';
import { cardBundleLoader } from '@/lib/card/load-view';
import { isCommandMessage, type OpenTimelineMessage, type PauseSiteMessage } from '@/lib/card/messages';

/**
 * The extension API object under its Chrome name, which Firefox also gives
 * content scripts. Written out in the `import()` so that Mozilla's linter sees
 * an extension URL there (it accepts `chrome.runtime.getURL`, not a variable).
 */
declare const chrome: { runtime: { getURL(path: string): string } };

/**
 * The card bundle (`entrypoints/card-ui.ts`), an ES module in the extension
 * package. In Chrome it is a web-accessible resource reachable only through
 * the per-session dynamic URL that `getURL` returns (docs/permissions.md).
 */
const loadCardBundle = cardBundleLoader(() => import(/* @vite-ignore */ chrome.runtime.getURL('/card-ui.js')));

/** The controller bundle (`entrypoints/card-controller.ts`), the same way. */
const loadController = controllerLoader(() => import(/* @vite-ignore */ chrome.runtime.getURL('/card-controller.js')));

/** The card as the rest of the content script sees it: settings kept until it is mounted. */
export interface LazyCard extends Pick<CardController, 'setSettings' | 'step'> {
  /** Loads the controller and mounts it, once. */
  mount(): void;
}

export function startCard(
  ctx: ContentScriptContext,
  mentions: MentionSource,
  topics: readonly ContentTopic[],
  options: {
    /** The URL whose site "Don't show on this site" pauses (the top page's, from a frame). */
    siteUrl: string;
    /** Until the settings are read, no card opens. */
    settings: Partial<CardSettings>;
  },
): LazyCard {
  let card: CardController | undefined;
  let mounting = false;
  const mount = () => {
    if (mounting) return;
    mounting = true;
    void loadController().then((bundle) => {
      if (bundle && ctx.isValid) mountWith(bundle.mountCard);
    });
  };
  const mountWith = (mountCard: ControllerBundle['mountCard']) => {
    const mounted = (card = mountCard({
      ctx,
      mentions,
      topics,
      loadBundle: loadCardBundle,
      settings: options.settings,
      uiLanguage: () => browser.i18n.getUILanguage(),
      openTimeline: (topic, from) =>
        browser.runtime
          .sendMessage({ type: 'open-timeline', topic, ...(from ? { from } : {}) } satisfies OpenTimelineMessage)
          .catch(() => undefined),
      pauseSite: () =>
        browser.runtime
          .sendMessage({ type: 'pause-site', siteUrl: options.siteUrl } satisfies PauseSiteMessage)
          .catch(() => undefined),
    }));
    // Commands go to the top frame only (the background sends them there).
    const onMessage = (message: unknown) => {
      if (window === window.top && isCommandMessage(message)) mounted.step(message.command === 'next-mention' ? 1 : -1);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  };
  return {
    mount,
    // Until the controller is mounted, the settings it will start with.
    setSettings: (next) => (card ? card.setSettings(next) : Object.assign(options.settings, next)),
    // Not mounted: this frame has never held a mention.
    step: (direction, topic) => card?.step(direction, topic) ?? { index: 0, total: 0 },
  };
}
