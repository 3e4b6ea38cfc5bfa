/**
 * Locating candidates as the isolated content script sees it: walked in the
 * page's world (serve.ts), asked through events (protocol.ts).
 *
 * If the page's world does not answer (its listener is gone, after a
 * `document.open()`; a browser without the page-world script), this world
 * walks on its own (`fallback`) from then on.
 */
import type { Locate } from '../dom/find';
import { EVENT_INIT, FIND_ANSWER, FIND_CANDIDATE, FIND_REQUEST, isFindAnswer, type FindAnswer } from './protocol';

interface Exchange {
  nodes: Text[];
  answer: FindAnswer | null;
}

export function bridgedLocate(win: Window, fallback: Locate): Locate {
  let current: Exchange | null = null;
  let alone = false;

  // Only answers to a request in flight count; they stop at the window, short of the page's nodes.
  win.addEventListener(
    FIND_CANDIDATE,
    (event) => {
      if (!current) return;
      event.stopImmediatePropagation();
      const node = event.composedPath()[0] as Node | undefined;
      if (node?.nodeType === Node.TEXT_NODE || node?.nodeType === Node.CDATA_SECTION_NODE) current.nodes.push(node as Text);
    },
    true,
  );
  win.addEventListener(
    FIND_ANSWER,
    (event) => {
      if (!current) return;
      event.stopImmediatePropagation();
      const detail: unknown = (event as CustomEvent).detail;
      if (isFindAnswer(detail)) current.answer = detail;
    },
    true,
  );

  return (stretch, marks) => {
    if (alone) return fallback(stretch, marks);
    const exchange: Exchange = { nodes: [], answer: null };
    current = exchange;
    try {
      const detail = { op: 'locate', from: stretch.from, count: stretch.count, marks: [...marks] };
      stretch.container.dispatchEvent(new CustomEvent(FIND_REQUEST, { ...EVENT_INIT, detail }));
    } finally {
      current = null;
    }
    if (exchange.answer === null) {
      alone = true;
      return fallback(stretch, marks);
    }
    return exchange.answer === 'done' ? exchange.nodes : null;
  };
}
