/**
 * The candidate search as the isolated content script sees it, run in the
 * page's world (serve.ts) and asked through events (protocol.ts).
 *
 * If the page's world does not answer (its listener is gone, after a
 * `document.open()`; a browser without the page-world script), this world
 * searches on its own, with the automaton from `fallback` (loaded once, on
 * demand); until it is there, every text counts as a candidate, so that no
 * mention is ever missed.
 */
import { walkSlicer, testTexts, type CandidateSource, type Slicer } from '../dom/find';
import type { Automaton } from './automaton';
import { EVENT_INIT, FIND_ANSWER, FIND_CANDIDATE, FIND_REQUEST, isFindAnswer, type FindAnswer, type FindRequest } from './protocol';

interface Exchange {
  nodes: Text[];
  answer: FindAnswer | null;
}

export function bridgedSource(win: Window, fallback: () => Promise<Automaton | null>): CandidateSource {
  let current: Exchange | null = null;
  let alone = false;
  let own: Automaton | null = null;
  let loading: Promise<Automaton | null> | null = null;
  const ownSearch = () => (loading ??= fallback().then((automaton) => (own = automaton)));

  // Only answers to a request in flight count; they stop at the window, short of the page's nodes.
  win.addEventListener(
    FIND_CANDIDATE,
    (event) => {
      if (!current) return;
      event.stopImmediatePropagation();
      const node = event.composedPath()[0] as Node | undefined;
      if (node?.nodeType === Node.TEXT_NODE) current.nodes.push(node as Text);
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

  const ask = (target: EventTarget, request: FindRequest): Exchange => {
    const exchange: Exchange = { nodes: [], answer: null };
    current = exchange;
    try {
      target.dispatchEvent(new CustomEvent(FIND_REQUEST, { ...EVENT_INIT, detail: request }));
    } finally {
      current = null;
    }
    if (exchange.answer === null) alone = true;
    return exchange;
  };

  const openHere = async (root: Node): Promise<Slicer> => {
    const automaton = await ownSearch();
    return automaton ? walkSlicer(root, automaton) : () => ({ nodes: [], end: 'done' });
  };

  return {
    async open(root) {
      if (alone || ask(root, { op: 'open' }).answer !== 'open') return openHere(root);
      return (budget) => {
        const { nodes, answer } = ask(root, { op: 'find', budget });
        if (answer === 'more' || answer === 'done') return { nodes, end: answer };
        // Lost, or no answer: the scan starts again (on its own, if the page's world is gone).
        return { nodes: [], end: 'lost' };
      };
    },
    test(texts) {
      if (!alone) {
        const { answer } = ask(win.document, { op: 'test', texts: [...texts] });
        if (answer === 'hit' || answer === 'none') return answer === 'hit';
      }
      if (own) return testTexts(own, texts);
      void ownSearch();
      return true;
    },
  };
}
