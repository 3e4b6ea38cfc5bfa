import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { findCandidates } from '@/lib/dom/find';
import { Automaton } from '@/lib/find/automaton';
import { bridgedSource } from '@/lib/find/bridge';
import { FIND_ANSWER, FIND_CANDIDATE, FIND_REQUEST } from '@/lib/find/protocol';
import { serveFinds } from '@/lib/find/serve';

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

const ARTICLE: Array<Array<string | [string]>> = [['One ', ['IB'], 'M here.'], ['Nothing.'], ['The ACLU sued.'], ['IBMX is no word of ours.']];

async function found(win: Window, source: ReturnType<typeof bridgedSource>): Promise<string[]> {
  const nodes: Text[] = [];
  const end = await findCandidates(win.document.body, source, () => false, (slice) => void nodes.push(...slice));
  expect(end).toBe('done');
  return nodes.map((node) => node.data);
}

describe('the candidate search across worlds', () => {
  it('hands over the text nodes in which a key ends, as the page’s world found them', async () => {
    const win = freshWindow(ARTICLE);
    let built = 0;
    serveFinds(win, () => (built++, new Automaton(data)));
    const source = bridgedSource(win, () => Promise.reject(new Error('the fallback is not wanted')));
    expect(await found(win, source)).toEqual(['M here.', 'The ACLU sued.']);
    expect(source.test(['the ACLU'])).toBe(true);
    expect(source.test(['IBMX', 'nothing'])).toBe(false);
    expect(built, 'the automaton is built once').toBe(1);
  });

  it('searches on its own, with the fallback automaton, when the page’s world does not answer', async () => {
    const win = freshWindow(ARTICLE);
    let loads = 0;
    const source = bridgedSource(win, async () => (loads++, new Automaton(data)));
    // Until the automaton is there, every text is a candidate: no mention is missed.
    expect(source.test(['nothing at all'])).toBe(true);
    expect(await found(win, source)).toEqual(['M here.', 'The ACLU sued.']);
    expect(source.test(['nothing at all'])).toBe(false);
    expect(loads).toBe(1);
  });

  it('finds nothing, and throws nothing, when neither world can search', async () => {
    const win = freshWindow(ARTICLE);
    const source = bridgedSource(win, async () => null);
    expect(await found(win, source)).toEqual([]);
  });

  it('keeps its events from the page, and ignores answers nobody asked for', async () => {
    const win = freshWindow(ARTICLE);
    serveFinds(win, () => new Automaton(data));
    const source = bridgedSource(win, () => Promise.reject(new Error('the fallback is not wanted')));
    const seen: string[] = [];
    for (const type of [FIND_REQUEST, FIND_CANDIDATE, FIND_ANSWER]) win.document.addEventListener(type, () => seen.push(type));
    // An answer dispatched by the page outside any request changes nothing.
    win.document.querySelector('p')!.firstChild!.dispatchEvent(new (win as unknown as typeof globalThis).CustomEvent(FIND_CANDIDATE, { bubbles: true, composed: true }));
    expect(seen).toEqual([FIND_CANDIDATE]);
    seen.length = 0;
    expect(await found(win, source)).toEqual(['M here.', 'The ACLU sued.']);
    expect(seen).toEqual([]);
  });

  it('answers no malformed request, and never throws into the page', () => {
    const win = freshWindow(ARTICLE);
    serveFinds(win, () => {
      throw new Error('broken');
    });
    const answers: unknown[] = [];
    win.addEventListener(FIND_ANSWER, (event) => answers.push((event as CustomEvent).detail));
    const ask = (detail: unknown) => win.document.body.dispatchEvent(new (win as unknown as typeof globalThis).CustomEvent(FIND_REQUEST, { bubbles: true, composed: true, detail }));
    for (const detail of [null, 'open', { op: 'find' }, { op: 'find', budget: 1e9 }, { op: 'test', texts: [1] }, { op: 'drop' }]) {
      expect(() => ask(detail)).not.toThrow();
    }
    // Well-formed, but the automaton fails to build: unanswered, so the content script searches on its own.
    expect(() => ask({ op: 'open' })).not.toThrow();
    expect(answers).toEqual([]);
  });

  it('reads a long page in slices, each request going on from where the last stopped', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => [`${i % 1000 === 999 ? 'IBM' : 'plain words'} ${i}`]);
    const win = freshWindow(paragraphs);
    serveFinds(win, () => new Automaton(data));
    const source = bridgedSource(win, () => Promise.reject(new Error('the fallback is not wanted')));
    return source.open(win.document.body).then((slice) => {
      const texts: string[] = [];
      let steps = 0;
      for (let end = 'more'; end === 'more'; steps++) {
        const step = slice(0.01);
        texts.push(...step.nodes.map((node) => node.data));
        end = step.end;
      }
      expect(steps).toBeGreaterThan(1);
      expect(texts).toEqual(['IBM 999', 'IBM 1999', 'IBM 2999']);
    });
  });
});
