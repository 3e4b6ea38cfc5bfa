/**
 * What do the content script and the background say to each other?
 */

/** Mentions per topic found in one frame (sent again whenever they change). */
export interface CountsMessage {
  type: 'counts';
  counts: Record<string, number>;
}

export type ContentMessage = CountsMessage;

function isCountRecord(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
}

export function isCountsMessage(message: unknown): message is CountsMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, counts } = message as Partial<CountsMessage>;
  return type === 'counts' && isCountRecord(counts);
}

/** Whether two count records say the same thing (zero counts equal missing ones). */
export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? 0) !== (b[key] ?? 0)) return false;
  return true;
}

/** Popup → background: the mentions each frame of tab `tabId` reported (the badge's own figures). */
export interface TabCountsRequest {
  type: 'tab:counts';
  tabId: number;
}

export function isTabCountsRequest(message: unknown): message is TabCountsRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, tabId } = message as Partial<TabCountsRequest>;
  return type === 'tab:counts' && typeof tabId === 'number' && Number.isInteger(tabId);
}

/** Popup → content script (top frame): what did you find on this page? */
export interface PageStateRequest {
  type: 'page:get-state';
}

/** The top frame's answer to {@link PageStateRequest}. */
export interface PageState {
  /** The page's hostname ('' for pages without one, such as `file:`). */
  host: string;
  url: string;
  /** Whether Face Facts runs on this page (global switch and site list). */
  active: boolean;
}

/** Popup → content script (the frame that holds it): scroll to the next mention of `topic` and open its card. */
export interface PageRevealRequest {
  type: 'page:reveal';
  topic: string;
}

/** Which mention a {@link PageRevealRequest} went to: `index` is 1-based, 0 when the topic has none. */
export interface PageRevealResult {
  topic: string;
  index: number;
  total: number;
}

export type PageRequest = PageStateRequest | PageRevealRequest;

export function isPageStateRequest(message: unknown): message is PageStateRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'page:get-state';
}

export function isPageRevealRequest(message: unknown): message is PageRevealRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, topic } = message as Partial<PageRevealRequest>;
  return type === 'page:reveal' && typeof topic === 'string' && /^[a-z][a-z0-9-]*$/.test(topic);
}
