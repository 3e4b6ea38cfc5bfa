/** Find: the page's text read in stretches, and the candidates located in their text nodes. */
import { afterEach, describe, expect, it } from 'vitest';
import { findCandidates, STRETCH_CHILDREN, textSource, walkLocate, type Locate } from '@/lib/dom/find';
import { KeySearch } from '@/lib/find/key-search';
import { compileFinder } from '@/lib/find/keys';
import { realTopics } from '../match/real-forms';

const finder = compileFinder(realTopics());

afterEach(() => document.body.replaceChildren());

/** The nodes of `markup`, parsed. */
function parsed(markup: string): DocumentFragment {
  return document.createRange().createContextualFragment(markup);
}

/** Builds the body from HTML; filler paragraphs make it more than a thin container, so that it is read as one stretch. */
function page(markup: string, filler = 10): void {
  document.body.replaceChildren(parsed(markup + '<p>filler</p>'.repeat(filler)));
}

/** The data of the text nodes find hands over, and how it ended, for `root` read in slices of `budget` ms. */
async function candidates(root: Node = document.body, budget?: number) {
  const nodes: string[] = [];
  let slices = 0;
  const source = textSource(() => new KeySearch(finder));
  const open = source.open.bind(source);
  const sliced = { ...source, open: (r: Node) => {
    const slice = open(r);
    return (ms: number) => (slices++, slice(budget ?? ms));
  } };
  const end = await findCandidates(root, sliced, () => false, (found) => void nodes.push(...found.map((node) => node.data)));
  return { nodes, end, slices };
}

describe('find', () => {
  it.each([
    ['a name split by inline elements', '<p>Amazon <b>Rekog</b>nition was launched</p>', ['nition was launched']],
    ['soft hyphens and a no-break space', '<p>Amazon Rekog\u00adni\u200btion and facial\u00a0recognition</p>', ['Amazon Rekog\u00adni\u200btion and facial\u00a0recognition']],
    ['a name glued to the word of another block', '<table><tr><td>Foo</td><td>IBM</td></tr></table>', ['IBM']],
    ['a name right before the word of another block', '<ul><li>IBM</li><li>Xerox</li></ul>', ['IBM']],
    ['a word character in another inline element', '<p>fdl<b>IBM</b> and IBM<i>X</i></p>', ['IBM', ' and IBM']],
  ])('locates %s', async (_label, markup, expected) => {
    page(markup);
    expect((await candidates()).nodes).toEqual(expected);
  });

  it.each([
    ['a word character in the same text node', '<p>fdlIBM and IBMX, NACLU</p>'],
    ['a case-sensitive name in a case no form writes', '<p>the fdlibm library; ibm said</p>'],
    ['plain prose', '<p>The council met on Tuesday.</p>'],
  ])('does not locate %s', async (_label, markup) => {
    page(markup);
    expect((await candidates()).nodes).toEqual([]);
  });

  it('descends through thin containers and reads a long list in stretches and slices, as one stream', async () => {
    const items = Array.from({ length: STRETCH_CHILDREN * 2 + 10 }, (_, i) => (i % 200 === 150 ? `<p>item ${i}: Amazon <em>Rekog</em>nition</p>` : `<p>item ${i}</p>`));
    document.body.replaceChildren(parsed(`<div><main><article>${items.join('')}</article></main></div>`));
    const whole = await candidates();
    expect(whole.nodes).toEqual(['nition', 'nition']);
    expect(whole.end).toBe('done');
    const sliced = await candidates(document.body, 0.001);
    expect(sliced.nodes).toEqual(whole.nodes);
    expect(sliced.slices).toBeGreaterThan(3);
  });

  it('carries a key across two stretches', async () => {
    const items = Array.from({ length: STRETCH_CHILDREN - 1 }, () => '<p>x</p>');
    document.body.replaceChildren(parsed(`${items.join('')}<span>Amazon Rekog</span><span>nition</span>`));
    expect((await candidates()).nodes).toEqual(['nition']);
  });

  it('reads a long list of children in stretches too, bounded inside their first and last child', async () => {
    const asked: number[] = [];
    const locate: Locate = (stretch, marks) => (asked.push(stretch.from, stretch.count), walkLocate(stretch, marks));
    const read = async () => {
      const nodes: string[] = [];
      await findCandidates(document.body, textSource(() => new KeySearch(finder), locate), () => false, (found) => void nodes.push(...found.map((node) => node.data)));
      return nodes;
    };
    // Keys at both ends of both stretches (a text node first and last), and a comment after them.
    const children = Array.from({ length: STRETCH_CHILDREN * 2 + 3 }, (_, i) => `<p>filler ${i}</p>`);
    children[0] = 'ACLU first';
    children[STRETCH_CHILDREN - 1] = '<p>the <b>IBM</b></p>';
    children[STRETCH_CHILDREN] = '<p>Amazon <i>Rekognition</i></p>';
    children[STRETCH_CHILDREN * 2 - 1] = 'the ACLU';
    children[children.length - 1] = '<!-- IBM -->';
    document.body.replaceChildren(parsed(children.join('')));
    expect(await read()).toEqual(['ACLU first', 'IBM', 'Rekognition', 'the ACLU']);
    expect(asked).toEqual([0, STRETCH_CHILDREN, STRETCH_CHILDREN, STRETCH_CHILDREN]);
    asked.length = 0;
    page('<p>the <b>IBM</b> board</p>');
    expect(await read()).toEqual(['IBM']);
    expect(asked).toEqual([0, 11]);
  });

  it('is lost when the page removes the node it was about to read', async () => {
    page('<p>IBM</p>', STRETCH_CHILDREN * 3);
    const source = textSource(() => new KeySearch(finder));
    const slice = source.open(document.body);
    expect(slice(0.001).end).toBe('more');
    // Remove the first paragraphs, among them the one find stands before.
    for (const p of [...document.body.children].slice(0, 5)) p.remove();
    expect(slice(50).end).toBe('lost');
  });

  it('reads no comment, read alone or in a stretch, and reads on after it', async () => {
    page('<!-- IBM --><p>one</p><!-- ACLU -->', STRETCH_CHILDREN + 1);
    document.body.append(parsed('<p>then the ACLU</p>'));
    const { nodes, end } = await candidates();
    expect(end).toBe('done');
    expect(nodes).toEqual(['then the ACLU']);
    page('<!-- IBM --><p>one</p><p>the ACLU</p>');
    expect((await candidates()).nodes).toEqual(['the ACLU']);
  });

  it('locates in a shadow root as in the document', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.replaceChildren(parsed('<p>the ACLU</p>' + '<p>x</p>'.repeat(10)));
    expect((await candidates(shadow)).nodes).toEqual(['the ACLU']);
  });
});

describe('walkLocate', () => {
  const NO_LIMIT = Number.MAX_SAFE_INTEGER;

  it('finds the node holding each key’s last character, once', () => {
    page('<p>ab<b>cd</b></p><p>ef</p>', 0);
    const nodes = walkLocate({ container: document.body, from: 0, count: 2 }, [2, 0, NO_LIMIT, 3, 0, NO_LIMIT, 4, 0, NO_LIMIT, 6, 0, NO_LIMIT]);
    expect(nodes?.map((node) => node.data)).toEqual(['ab', 'cd', 'ef']);
  });

  it('keeps a key only where its node keeps to the mark’s limits', () => {
    page('<p>ab<b>cd</b></p>', 0);
    // Ends at 4 ("cd"); the node starts at 2: kept if lo ≤ 2, not if lo is 3.
    expect(walkLocate({ container: document.body, from: 0, count: 1 }, [4, 2, NO_LIMIT])?.length).toBe(1);
    expect(walkLocate({ container: document.body, from: 0, count: 1 }, [4, 3, NO_LIMIT])).toEqual([]);
  });

  it('answers null when the marks run past the stretch’s text', () => {
    page('<p>ab</p>', 0);
    expect(walkLocate({ container: document.body, from: 0, count: 1 }, [5, 0, NO_LIMIT])).toBeNull();
  });
});
