/**
 * How does the content script answer the popup's questions about this page?
 *
 * `page:get-state` → host, URL and whether Face Facts is active here (the
 * top frame answers; the counts come from the background, which has every
 * frame's); `page:reveal` → the topic's next mention in this frame, through
 * the card controller's `step`, the same path as the keyboard commands. The
 * popup sends each request to one frame (`frameId`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  isPageRevealRequest,
  isPageStateRequest,
  type PageRevealResult,
  type PageState,
} from '@/lib/messages';

export interface PageRequestDeps {
  /** Whether this is the top frame, the one that answers for the page (default true). */
  top?: boolean;
  /** Whether Face Facts runs on this page now (settings: global switch and site list). */
  isActive: () => boolean;
  /** Answers wait for it (the first read of the settings), so `active` is never a guess. */
  ready?: Promise<unknown>;
  /** Goes to the topic's next mention and opens its card (the card controller's `step`). */
  next: (topic: string) => { index: number; total: number };
  location?: Pick<Location, 'href' | 'hostname'>;
}

/**
 * A `runtime.onMessage` listener: a Promise of the answer for the two page
 * requests, undefined for any other message (so other listeners can answer).
 */
export function createPageRequestHandler(deps: PageRequestDeps) {
  const where = () => deps.location ?? window.location;

  function state(): PageState {
    const { href, hostname } = where();
    const active = deps.isActive();
    return { host: hostname, url: href, active };
  }

  function revealNext(topic: string): PageRevealResult {
    return { topic, ...(deps.isActive() ? deps.next(topic) : { index: 0, total: 0 }) };
  }

  const ready = deps.ready ?? Promise.resolve();
  return (message: unknown): Promise<PageState | PageRevealResult> | undefined => {
    if (isPageStateRequest(message) && deps.top !== false) return ready.then(state);
    if (isPageRevealRequest(message)) return ready.then(() => revealNext(message.topic));
    return undefined;
  };
}

/**
 * Answers the popup for the life of the content script, in every frame;
 * whether Face Facts is active here comes from the settings wiring.
 */
export function startPageRequests(
  ctx: ContentScriptContext,
  deps: Pick<PageRequestDeps, 'isActive' | 'ready' | 'next'>,
): void {
  const handler = createPageRequestHandler({ ...deps, top: window === window.top });
  browser.runtime.onMessage.addListener(handler);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(handler));
}
