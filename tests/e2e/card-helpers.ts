/** Helpers for the hover-card end-to-end tests: mention geometry, the card locator, commands. */
import type { Locator, Page, Worker } from '@playwright/test';
import { tabIdOf } from './harness';

export { scanned } from './harness';

/** The service worker's `chrome`, typed as the extension's `browser`. */
declare const chrome: typeof browser;

export const CARD = 'face-facts-ui [role="dialog"]';

export function card(page: Page): Locator {
  return page.locator(CARD);
}

/** The centre of line box `line` of the `index`-th mention of `topic`, in document order. */
export function mentionPoint(page: Page, topic: string, index = 0, line = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([name, i, l]) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) throw new Error(`no highlight ${name}`);
      const ranges = ([...highlight] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[i];
      if (!range) throw new Error(`${name} has only ${ranges.length} ranges`);
      const box = [...range.getClientRects()].filter((r) => r.width > 0)[l];
      if (!box) throw new Error(`${name}[${i}] has no line ${l}`);
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [`face-facts-${topic}`, index, line] as const,
  );
}

/** The card's box in the viewport. */
export async function cardBox(page: Page) {
  return card(page).evaluate((element) => {
    const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
    return { left, top, right, bottom, width, height };
  });
}

/** Sends a keyboard command to the page's tab as the background does for a shortcut. */
export async function sendCommand(page: Page, serviceWorker: Worker, command: 'next-mention' | 'previous-mention') {
  const tabId = await tabIdOf(page, serviceWorker);
  await serviceWorker.evaluate(
    ([id, name]) => chrome.tabs.sendMessage(id, { type: 'command', command: name }),
    [tabId, command] as const,
  );
}

/** The element focused in the page, looking into open shadow roots: "tag#id.class" or "tag:text". */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'none';
    const inCard = active.getRootNode() !== document ? 'card:' : '';
    return `${inCard}${active.localName}${active.id ? `#${active.id}` : ''}`;
  });
}

/** Which mention (topic and text) the open card is about, read from the page. */
export function cardTopic(page: Page): Promise<string | null> {
  return card(page).getAttribute('data-topic');
}
