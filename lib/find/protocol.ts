/**
 * How the isolated content script asks the page's world to search (serve.ts
 * answers, bridge.ts asks). Everything happens inside one synchronous
 * `dispatchEvent`: the request is an event on the root, the answers are events
 * on the candidate text nodes and one last event on the root. Events are the
 * only way to hand a node from one world to the other without changing the page.
 */

/** A request, dispatched on the root (a body, a shadow root, or the document for `test`). */
export const FIND_REQUEST = 'face-facts:find';
/** Dispatched on each text node in which a candidate ends. */
export const FIND_CANDIDATE = 'face-facts:candidate';
/** Dispatched on the request's target last; its detail is the `FindAnswer`. */
export const FIND_ANSWER = 'face-facts:found';

export type FindRequest =
  /** Start a walk over the target's text nodes. */
  | { op: 'open' }
  /** Read on for about `budget` ms, dispatching a candidate event on each node where a key ends. */
  | { op: 'find'; budget: number }
  /** Does one of these texts hold a candidate? */
  | { op: 'test'; texts: string[] };

export type FindAnswer = 'open' | 'more' | 'done' | 'lost' | 'hit' | 'none';

const ANSWERS: readonly string[] = ['open', 'more', 'done', 'lost', 'hit', 'none'];

export function isFindAnswer(value: unknown): value is FindAnswer {
  return typeof value === 'string' && ANSWERS.includes(value);
}

/** Whether an event's detail is a well-formed request (the page can dispatch anything). */
export function isFindRequest(value: unknown): value is FindRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  switch (request.op) {
    case 'open':
      return true;
    case 'find':
      return typeof request.budget === 'number' && request.budget > 0 && request.budget <= 50;
    case 'test':
      return Array.isArray(request.texts) && request.texts.every((text) => typeof text === 'string');
    default:
      return false;
  }
}

/** Events cross shadow boundaries and bubble, so that a listener on the window sees them all. */
export const EVENT_INIT = { bubbles: true, composed: true } as const;
