/**
 * How does the popup ask a tab's content script about its page?
 *
 * Messages go to the top frame only (`frameId: 0`). `tabs.sendMessage`
 * rejects where no content script can run (browser pages, the extension
 * store, other extensions' pages): that is reported as `unreadable`.
 */
import type { PageRevealResult, PageState } from '@/lib/messages';

export type PageLookup = { kind: 'ready'; page: PageState } | { kind: 'unreadable' };

function isPageState(value: unknown): value is PageState {
  if (typeof value !== 'object' || value === null) return false;
  const { host, url, active, counts } = value as Partial<PageState>;
  return typeof host === 'string' && typeof url === 'string' && typeof active === 'boolean' && typeof counts === 'object';
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

/** Asks the page to go to the topic's next mention; null when the page can't be reached. */
export async function revealTopic(tabId: number, topic: string): Promise<PageRevealResult | null> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { type: 'page:reveal', topic }, { frameId: 0 })) as
      | PageRevealResult
      | undefined;
    return answer ?? null;
  } catch {
    return null;
  }
}
