/**
 * Wires the hover card into the content script: the controller over the
 * detection's highlights and keyboard commands from the background. Its
 * settings (hover delay, card language, whether this site and which topics
 * are on) come from the settings wiring through `setSettings`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentTopic } from '@/data/content-data';
import { mountCard, type CardController, type CardSettings, type MentionSource } from '@/lib/card/controller';
import { isCommandMessage, type OpenTimelineMessage } from '@/lib/card/messages';
import { pauseSite } from '@/lib/settings/sites';
import { updateSettings } from '@/lib/settings/storage';

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
): CardController {
  const card = mountCard({
    ctx,
    mentions,
    topics,
    settings: options.settings,
    uiLanguage: () => browser.i18n.getUILanguage(),
    openTimeline: (topic) =>
      browser.runtime.sendMessage({ type: 'open-timeline', topic } satisfies OpenTimelineMessage).catch(() => undefined),
    pauseSite: () => updateSettings((settings) => pauseSite(settings, options.siteUrl)).catch(() => undefined),
  });

  // Commands go to the top frame only (the background sends them there).
  const onMessage = (message: unknown) => {
    if (window === window.top && isCommandMessage(message)) card.handleCommand(message.command);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  return card;
}
