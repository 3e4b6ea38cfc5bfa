/**
 * Wires the hover card into the content script: the controller over the
 * detection's highlights, keyboard commands from the background, and the
 * settings it follows (hover delay, card language, whether this site is on).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentTopic } from '@/data/content-data';
import { mountCard, type CardController, type MentionSource } from '@/lib/card/controller';
import { isCommandMessage, type OpenTimelineMessage } from '@/lib/card/messages';
import type { Settings } from '@/lib/settings/schema';
import { isActiveOn, pauseSite } from '@/lib/settings/sites';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings/storage';

function cardSettings(settings: Settings) {
  return {
    hoverDelayMs: settings.hoverDelayMs,
    cardLanguage: settings.cardLanguage,
    active: isActiveOn(settings, location.href),
  };
}

export function startCard(
  ctx: ContentScriptContext,
  mentions: MentionSource,
  topics: readonly ContentTopic[],
): CardController {
  const card = mountCard({
    ctx,
    mentions,
    topics,
    uiLanguage: () => browser.i18n.getUILanguage(),
    openTimeline: (topic) =>
      browser.runtime.sendMessage({ type: 'open-timeline', topic } satisfies OpenTimelineMessage).catch(() => undefined),
    pauseSite: () => updateSettings((settings) => pauseSite(settings, location.href)).catch(() => undefined),
  });

  // Commands go to the top frame only (the background sends them there).
  const onMessage = (message: unknown) => {
    if (window === window.top && isCommandMessage(message)) card.handleCommand(message.command);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  void loadSettings()
    .then((settings) => {
      if (ctx.isValid) card.setSettings(cardSettings(settings));
    })
    .catch(() => undefined);
  ctx.onInvalidated(watchSettings((settings) => card.setSettings(cardSettings(settings))));
  return card;
}
