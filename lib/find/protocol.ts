/**
 * How the isolated content script asks the page's world to locate candidates
 * (serve.ts answers, bridge.ts asks). Everything happens inside one synchronous
 * `dispatchEvent`: the request is an event on the stretch's container, the
 * answers are events on the located text nodes and one last event on the
 * container. Events are the only way to hand a node from one world to the
 * other without changing the page.
 */

/** A request, dispatched on the stretch's container (an element, a body, a shadow root). */
export const FIND_REQUEST = 'face-facts:find';
/** Dispatched on each text node in which a candidate ends. */
export const FIND_CANDIDATE = 'face-facts:candidate';
/** Dispatched on the request's target last; its detail is the `FindAnswer`. */
export const FIND_ANSWER = 'face-facts:found';

/** Locate the text nodes of the target's children [from, from + count) in which the keys of `marks` end and hold (lib/dom/find.ts, `Locate`). */
export interface FindRequest {
  op: 'locate';
  from: number;
  count: number;
  marks: number[];
}

/** `done`: every mark located (a candidate event on each node kept); `lost`: the stretch's text is shorter than the marks. */
export type FindAnswer = 'done' | 'lost';

export function isFindAnswer(value: unknown): value is FindAnswer {
  return value === 'done' || value === 'lost';
}

const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Whether an event's detail is a well-formed request (the page can dispatch anything). */
export function isFindRequest(value: unknown): value is FindRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  const marks = request.marks;
  if (request.op !== 'locate' || !isIndex(request.from) || !isIndex(request.count) || !Array.isArray(marks) || marks.length % 3 !== 0) return false;
  let last = 0;
  for (let i = 0; i < marks.length; i += 3) {
    const [end, lo, hi] = [marks[i], marks[i + 1], marks[i + 2]];
    if (!isIndex(end) || end <= last || !isIndex(lo) || !isIndex(hi)) return false;
    last = end;
  }
  return true;
}

/** Events cross shadow boundaries and bubble, so that a listener on the window sees them all. */
export const EVENT_INIT = { bubbles: true, composed: true } as const;
