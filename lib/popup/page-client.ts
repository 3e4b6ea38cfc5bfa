/**
 * How does the popup ask a tab's content script about its page?
 *
 * The page's state comes from the top frame (`frameId: 0`), its counts from
 * the background, which sums every frame's as the badge does. A reveal goes to
 * the frame that holds the mention. `tabs.sendMessage` rejects where no
 * content script can run (browser pages, the extension store, other
 * extensions' pages): that is reported as `unreadable`.
 */
import type { FrameCounts } from '@/lib/badge';
import type { PageRevealResult, PageState, TabCountsRequest } from '@/lib/messages';

export type PageLookup = { kind: 'ready'; page: PageState } | { kind: 'unreadable' };

function isPageState(value: unknown): value is PageState {
  if (typeof value !== 'object' || value === null) return false;
  const { host, url, active } = value as Partial<PageState>;
  return typeof host === 'string' && typeof url === 'string' && typeof active === 'boolean';
}

/** The tab the popup is about: `?tab=<id>` when given, else the active tab of the current window. */
export async function findTargetTab(explicit: number | null): Promise<number | null> {
  if (explicit !== null) return explicit;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function getPageState(tabId: number): Promise<PageLookup> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'page:get-state' }, { frameId: 0 });
    return isPageState(answer) ? { kind: 'ready', page: answer } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Each frame's counts for the tab, as the background holds them (none when it can't answer). */
export async function getTabCounts(tabId: number): Promise<FrameCounts> {
  try {
    const request: TabCountsRequest = { type: 'tab:counts', tabId };
    const answer: unknown = await browser.runtime.sendMessage(request);
    return typeof answer === 'object' && answer !== null ? (answer as FrameCounts) : {};
  } catch {
    return {};
  }
}

/** Asks one frame to go to the topic's next mention; null when it can't be reached. */
export async function revealInFrame(tabId: number, frameId: number, topic: string): Promise<PageRevealResult | null> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { type: 'page:reveal', topic }, { frameId })) as
      | PageRevealResult
      | undefined;
    return answer ?? null;
  } catch {
    return null;
  }
}
