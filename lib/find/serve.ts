/**
 * Locating candidates, served in the page's own world (entrypoints/find.content.ts).
 *
 * Reading a text node from an isolated world makes Blink create that world's
 * wrapper for it, kept in a side table: on a page of 40,000–53,000 text nodes
 * a walk costs two to four times what the same walk costs the page's world
 * (docs/performance.md, "Find"). So the walk that maps a stretch's candidate
 * offsets to its text nodes runs here, and only those few nodes reach the
 * isolated world, as the targets of events.
 *
 * What runs here holds no secret and decides nothing: the isolated world reads
 * the text and matches every candidate block exactly. A page can dispatch
 * requests (and pay for them) or hide its own nodes from the walk, nothing
 * more. Nothing here ever throws into the page: a request that fails goes
 * unanswered, and the isolated world then walks on its own (bridge.ts).
 */
import { walkLocate } from '../dom/find';
import { EVENT_INIT, FIND_ANSWER, FIND_CANDIDATE, FIND_REQUEST, isFindRequest, type FindAnswer } from './protocol';

export function serveLocates(win: Window): void {
  const answer = (target: EventTarget, detail: FindAnswer) => target.dispatchEvent(new CustomEvent(FIND_ANSWER, { ...EVENT_INIT, detail }));

  const handle = (event: Event) => {
    const detail: unknown = (event as CustomEvent).detail;
    const target = event.composedPath()[0] as Node | undefined;
    if (!target || !isFindRequest(detail)) return;
    // This listener is the window's first: no listener of the page sees the request.
    event.stopImmediatePropagation();
    const nodes = walkLocate({ container: target, from: detail.from, count: detail.count }, detail.marks);
    if (nodes) for (const node of nodes) node.dispatchEvent(new CustomEvent(FIND_CANDIDATE, EVENT_INIT));
    answer(target, nodes ? 'done' : 'lost');
  };

  win.addEventListener(
    FIND_REQUEST,
    (event) => {
      try {
        handle(event);
      } catch {
        // Unanswered: the isolated world walks on its own.
      }
    },
    true,
  );
}
