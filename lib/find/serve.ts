/**
 * The candidate search, served in the page's own world (entrypoints/find.content.ts).
 *
 * Reading a text node from an isolated world makes Blink create that world's
 * wrapper for it, kept in a side table: on a page of 40,000–53,000 text nodes
 * the walk costs two to four times what the same walk costs the page's world
 * (docs/performance.md, "Find"). So the walk runs here, and only the few
 * candidate nodes reach the isolated world, as the targets of events.
 *
 * What runs here holds no secret and decides nothing: the isolated world
 * matches every candidate block exactly. A page can dispatch requests (and pay
 * for them) or hide its own text from the search, nothing more. Nothing here
 * ever throws into the page: a request that fails goes unanswered, and the
 * isolated world then searches on its own (bridge.ts).
 */
import { testTexts, walkSlicer, type Slicer } from '../dom/find';
import type { Automaton } from './automaton';
import { EVENT_INIT, FIND_ANSWER, FIND_CANDIDATE, FIND_REQUEST, isFindRequest, type FindAnswer } from './protocol';

export function serveFinds(win: Window, automaton: () => Automaton): void {
  let built: Automaton | null = null;
  const walks = new WeakMap<EventTarget, Slicer>();
  const answer = (target: EventTarget, detail: FindAnswer) => target.dispatchEvent(new CustomEvent(FIND_ANSWER, { ...EVENT_INIT, detail }));

  const handle = (event: Event) => {
    const detail: unknown = (event as CustomEvent).detail;
    const target = event.composedPath()[0];
    if (!target || !isFindRequest(detail)) return;
    // This listener is the window's first: no listener of the page sees the request.
    event.stopImmediatePropagation();
    const search = (built ??= automaton());
    if (detail.op === 'test') {
      answer(target, testTexts(search, detail.texts) ? 'hit' : 'none');
      return;
    }
    if (detail.op === 'open') {
      walks.set(target, walkSlicer(target as Node, search));
      answer(target, 'open');
      return;
    }
    const slice = walks.get(target);
    if (!slice) {
      answer(target, 'lost');
      return;
    }
    const { nodes, end } = slice(detail.budget);
    for (const node of nodes) node.dispatchEvent(new CustomEvent(FIND_CANDIDATE, EVENT_INIT));
    if (end !== 'more') walks.delete(target);
    answer(target, end);
  };

  win.addEventListener(
    FIND_REQUEST,
    (event) => {
      try {
        handle(event);
      } catch {
        // Unanswered: the isolated world searches on its own.
      }
    },
    true,
  );
}
