/**
 * How does the content script answer the popup's questions about this page?
 *
 * `page:get-state` → host, URL and whether Face Facts is active here (the
 * top frame answers; the counts come from the background, which has every
 * frame's); `page:reveal` → scroll to the topic's next mention in this frame
 * (a cursor per topic, wrapping at the end) and open its card. The popup
 * sends each request to one frame (`frameId`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  isPageRevealRequest,
  isPageStateRequest,
  type PageRevealResult,
  type PageState,
} from '@/lib/messages';

/** A mention the popup asked to go to. */
export interface RevealedMention {
  topic: string;
  range: Range;
}

export interface PageRequestDeps {
  /** The page's mentions (the detection's MentionIndex). */
  mentions: {
    rangesFor(topic: string): Range[];
  };
  /** Whether this is the top frame, the one that answers for the page (default true). */
  top?: boolean;
  /** Whether Face Facts runs on this page now (settings: global switch and site list). */
  isActive: () => boolean;
  /** Answers wait for it (the first read of the settings), so `active` is never a guess. */
  ready?: Promise<unknown>;
  /**
   * Brings the mention into view and opens its card (the card controller).
   * Without it the mention is only scrolled to the middle of the viewport.
   */
  reveal?: (mention: RevealedMention) => void;
  location?: Pick<Location, 'href' | 'hostname'>;
}

/** Scrolls so that the range's box sits in the middle of the viewport (nested scrollers first). */
export function scrollRangeIntoView(range: Range): void {
  const element = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = range.getBoundingClientRect();
  window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2, behavior: 'auto' });
}

/**
 * A `runtime.onMessage` listener: a Promise of the answer for the two page
 * requests, undefined for any other message (so other listeners can answer).
 */
export function createPageRequestHandler(deps: PageRequestDeps) {
  const cursors = new Map<string, number>();
  const reveal = deps.reveal ?? ((mention: RevealedMention) => scrollRangeIntoView(mention.range));
  const where = () => deps.location ?? window.location;

  function state(): PageState {
    const { href, hostname } = where();
    const active = deps.isActive();
    return { host: hostname, url: href, active };
  }

  function revealNext(topic: string): PageRevealResult {
    const ranges = deps.isActive() ? deps.mentions.rangesFor(topic) : [];
    if (ranges.length === 0) {
      cursors.delete(topic);
      return { topic, index: 0, total: 0 };
    }
    const next = ((cursors.get(topic) ?? -1) + 1) % ranges.length;
    cursors.set(topic, next);
    reveal({ topic, range: ranges[next]! });
    return { topic, index: next + 1, total: ranges.length };
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
  deps: Pick<PageRequestDeps, 'mentions' | 'isActive' | 'ready' | 'reveal'>,
): void {
  const handler = createPageRequestHandler({ ...deps, top: window === window.top });
  browser.runtime.onMessage.addListener(handler);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(handler));
}
