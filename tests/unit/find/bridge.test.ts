import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { findCandidates, textSource, walkLocate, type Locate } from '@/lib/dom/find';
import { KeySearch } from '@/lib/find/key-search';
import { bridgedLocate } from '@/lib/find/bridge';
import { FIND_ANSWER, FIND_CANDIDATE, FIND_REQUEST } from '@/lib/find/protocol';
import { serveLocates } from '@/lib/find/serve';

/** The candidate search for two words, IBM and ACLU. */
const data = {
  keys: ['ibm', 'aclu'],
  follow: ['', ''],
  lead: ['', ''],
  letters: Object.fromEntries([...'ibmaclu'].map((letter) => [letter, letter + letter.toUpperCase()])),
};

const windows: HappyWindow[] = [];

/** A window of its own per test (so that no listener outlives its test), with one paragraph per text. */
function freshWindow(paragraphs: ReadonlyArray<ReadonlyArray<string | [string]>>): Window {
  const win = new HappyWindow();
  windows.push(win);
  const doc = win.document as unknown as Document;
  for (const parts of paragraphs) {
    const p = doc.createElement('p');
    // A part in brackets is an inline element's text.
    for (const part of parts) {
      if (typeof part === 'string') p.append(part);
      else p.append(Object.assign(doc.createElement('em'), { textContent: part[0] }));
    }
    doc.body.append(p);
  }
  return win as unknown as Window;
}

afterEach(async () => {
  for (const win of windows.splice(0)) await win.happyDOM.close();
});

/** More paragraphs than find descends into one by one: the body is read, and located, as one stretch. */
const ARTICLE: Array<Array<string | [string]>> = [
  ['One ', ['IB'], 'M here.'],
  ['Nothing.'],
  ['The ACLU sued.'],
  ['IBMX is no word of ours.'],
  ...Array.from({ length: 8 }, () => ['Nothing either.']),
];

/** Counts the requests the page's world is asked (a listener ahead of the server's). */
function countRequests(win: Window): () => number {
  let count = 0;
  win.addEventListener(FIND_REQUEST, () => count++, true);
  return () => count;
}

async function found(win: Window, locate: Locate): Promise<string[]> {
  const nodes: Text[] = [];
  const source = textSource(() => new KeySearch(data), locate);
  const end = await findCandidates(win.document.body, source, () => false, (slice) => void nodes.push(...slice));
  expect(end).toBe('done');
  return nodes.map((node) => node.data);
}

/** A fallback that must not be used: the page's world answers. */
const unwanted: Locate = () => {
  throw new Error('the fallback is not wanted');
};

describe('locating candidates across worlds', () => {
  it('hands over the text nodes in which a key ends, as the page’s world walked them', async () => {
    const win = freshWindow(ARTICLE);
    const requests = countRequests(win);
    serveLocates(win);
    expect(await found(win, bridgedLocate(win, unwanted))).toEqual(['M here.', 'The ACLU sued.']);
    expect(requests()).toBe(1);
  });

  it('walks on its own when the page’s world does not answer, and from then on', async () => {
    const win = freshWindow(ARTICLE);
    let walked = 0;
    const locate = bridgedLocate(win, (stretch, ends) => (walked++, walkLocate(stretch, ends)));
    expect(await found(win, locate)).toEqual(['M here.', 'The ACLU sued.']);
    serveLocates(win);
    expect(await found(win, locate)).toEqual(['M here.', 'The ACLU sued.']);
    // Once unanswered, the page's world is not asked again.
    expect(walked).toBe(2);
  });

  it('keeps its events from the page, and ignores answers nobody asked for', async () => {
    const win = freshWindow(ARTICLE);
    serveLocates(win);
    const seen: string[] = [];
    for (const type of [FIND_REQUEST, FIND_CANDIDATE, FIND_ANSWER]) win.document.addEventListener(type, () => seen.push(type));
    // An answer dispatched by the page outside any request changes nothing.
    win.document.querySelector('p')!.firstChild!.dispatchEvent(new (win as unknown as typeof globalThis).CustomEvent(FIND_CANDIDATE, { bubbles: true, composed: true }));
    expect(seen).toEqual([FIND_CANDIDATE]);
    seen.length = 0;
    expect(await found(win, bridgedLocate(win, unwanted))).toEqual(['M here.', 'The ACLU sued.']);
    expect(seen).toEqual([]);
  });

  it('answers no malformed request, and never throws into the page', () => {
    const win = freshWindow(ARTICLE);
    serveLocates(win);
    const answers: unknown[] = [];
    win.addEventListener(FIND_ANSWER, (event) => answers.push((event as CustomEvent).detail));
    const ask = (target: EventTarget, detail: unknown) =>
      target.dispatchEvent(new (win as unknown as typeof globalThis).CustomEvent(FIND_REQUEST, { bubbles: true, composed: true, detail }));
    const body = win.document.body;
    const mark = (end: number) => [end, 0, Number.MAX_SAFE_INTEGER];
    const malformed = [
      null,
      'locate',
      { op: 'locate' },
      { op: 'locate', from: -1, count: 1, marks: mark(1) },
      { op: 'locate', from: 0, count: 1, marks: [...mark(3), ...mark(2)] },
      { op: 'locate', from: 0, count: 1, marks: ['1', 0, 1] },
      { op: 'locate', from: 0, count: 1, marks: [1, 0] },
      { op: 'find', budget: 10 },
    ];
    for (const detail of malformed) expect(() => ask(body, detail)).not.toThrow();
    expect(answers).toEqual([]);
    // Well-formed, but on a target that is no node: unanswered, so the content script walks on its own.
    expect(() => ask(win, { op: 'locate', from: 0, count: 1, marks: mark(1) })).not.toThrow();
    expect(answers).toEqual([]);
    // Marks past the stretch's text: lost.
    ask(body, { op: 'locate', from: 0, count: 1, marks: mark(1e6) });
    expect(answers).toEqual(['lost']);
  });
});
