/** What does the popup know about its tab's page, kept fresh while it is open? */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FrameCounts } from '@/lib/badge';
import { isCountsMessage } from '@/lib/messages';
import { findTargetTab, getPageState, getTabCounts, type PageLookup } from '@/lib/popup/page-client';

export type PageView = PageLookup | { kind: 'loading' };

/**
 * The target tab's id, its page state (from the top frame) and each frame's
 * counts (from the background, as the badge sums them). A frame's new counts
 * replace its own at once, and the page state is asked again when the top
 * frame reports (a rescan, a pause or a resume), so the popup never shows
 * stale numbers.
 */
export function usePage(explicitTab: number | null): { tabId: number | null; view: PageView; frames: FrameCounts } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<PageView>({ kind: 'loading' });
  const [frames, setFrames] = useState<FrameCounts>({});

  const refresh = useCallback(async (id: number) => setView(await getPageState(id)), []);

  useEffect(() => {
    findTargetTab(explicitTab)
      .then(async (id) => {
        if (id === null) return setView({ kind: 'unreadable' });
        setTabId(id);
        const [counts] = await Promise.all([getTabCounts(id), refresh(id)]);
        setFrames((seen) => ({ ...counts, ...seen }));
        return undefined;
      })
      .catch(() => setView({ kind: 'unreadable' }));
  }, [explicitTab, refresh]);

  useEffect(() => {
    if (tabId === null) return undefined;
    const onMessage = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
      if (!isCountsMessage(message) || sender.tab?.id !== tabId) return undefined;
      const frameId = sender.frameId ?? 0;
      setFrames((current) => ({ ...current, [frameId]: message.counts }));
      if (frameId === 0) void refresh(tabId);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId, refresh]);

  return { tabId, view, frames };
}
