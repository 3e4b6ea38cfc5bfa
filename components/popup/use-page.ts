/** What does the popup know about its tab's page, kept fresh while it is open? */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { isCountsMessage } from '@/lib/messages';
import { findTargetTab, getPageState, type PageLookup } from '@/lib/popup/page-client';

export type PageView = PageLookup | { kind: 'loading' };

/**
 * The target tab's id and its page state. The state is asked again whenever
 * that tab's top frame reports new counts (a rescan after added content, a
 * pause or a resume), so the popup never shows stale numbers.
 */
export function usePage(explicitTab: number | null): { tabId: number | null; view: PageView } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<PageView>({ kind: 'loading' });

  const refresh = useCallback(async (id: number) => setView(await getPageState(id)), []);

  useEffect(() => {
    findTargetTab(explicitTab)
      .then((id) => {
        if (id === null) return setView({ kind: 'unreadable' });
        setTabId(id);
        return refresh(id);
      })
      .catch(() => setView({ kind: 'unreadable' }));
  }, [explicitTab, refresh]);

  useEffect(() => {
    if (tabId === null) return undefined;
    const onMessage = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
      if (isCountsMessage(message) && sender.tab?.id === tabId && (sender.frameId ?? 0) === 0) void refresh(tabId);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId, refresh]);

  return { tabId, view };
}
