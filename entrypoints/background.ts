import { TabCounts, badgeText } from '@/lib/badge';
import { relayCardMessages } from '@/lib/card/relay';
import { isCountsMessage, isTabCountsRequest } from '@/lib/messages';

export default defineBackground(() => {
  // Wiring only: features register their listeners here as they land.
  relayCardMessages();
  const action = browser.action ?? browser.browserAction;
  const session = browser.storage.session;
  const tabCounts = new TabCounts(
    session && {
      get: (key) => session.get(key),
      set: (items) => session.set(items),
      remove: (key) => session.remove(key),
    },
  );

  const showTotal = (tabId: number, total: number) =>
    action.setBadgeText({ tabId, text: badgeText(total) }).catch(() => undefined);

  browser.runtime.onMessage.addListener((message, sender) => {
    // The popup reads the same per-frame figures the badge sums.
    if (isTabCountsRequest(message)) return tabCounts.get(message.tabId);
    if (!isCountsMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return undefined;
    void tabCounts.set(tabId, sender.frameId ?? 0, message.counts).then((total) => showTotal(tabId, total));
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabCounts.clear(tabId).then(() => showTotal(tabId, 0));
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabCounts.clear(tabId));
});
