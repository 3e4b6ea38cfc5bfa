/**
 * The background's part of the card: keyboard commands go to the tab's top
 * frame, "Full timeline" requests open the timeline page in a new tab, and
 * "Don't show on this site" is saved to the settings. None needs a permission:
 * messaging a tab by id and `tabs.create` don't.
 */
import { pauseSite } from '@/lib/settings/sites';
import { updateSettings } from '@/lib/settings/storage';
import { isCardCommand, isOpenTimelineMessage, isPauseSiteMessage, timelinePath, type CommandMessage } from './messages';

export function relayCardMessages(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (!isCardCommand(command)) return;
    const message: CommandMessage = { type: 'command', command };
    const send = (tabId: number) =>
      browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
    if (tab?.id !== undefined && tab.id >= 0) {
      void send(tab.id);
      return;
    }
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id !== undefined) void send(active.id);
    });
  });

  browser.runtime.onMessage.addListener((message) => {
    if (!isPauseSiteMessage(message)) return undefined;
    // Answered once saved, so that the sender knows the write happened.
    return updateSettings((settings) => pauseSite(settings, message.siteUrl)).then(() => true);
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isOpenTimelineMessage(message)) return undefined;
    const url = browser.runtime.getURL(timelinePath(message.topic, message.from) as '/timeline.html');
    const opener = sender.tab?.id;
    void browser.tabs.create(opener !== undefined && opener >= 0 ? { url, openerTabId: opener } : { url });
    return undefined;
  });
}
