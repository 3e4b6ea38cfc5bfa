/** The one store of the page's mentions, block by block, and its views. */
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '@/lib/dom/mention-index';
import { textRange } from '../text-range';

function page() {
  const first = document.createElement('p');
  first.append('IBM, ACLU and IBM');
  const second = document.createElement('p');
  second.append('the ACLU again');
  document.body.replaceChildren(first, second);
  return { first, second, a: first.firstChild as Text, b: second.firstChild as Text };
}

describe('MentionIndex', () => {
  it('lists a topic in document order across blocks and counts per topic', () => {
    const { first, second, a, b } = page();
    const index = new MentionIndex();
    const late = textRange(a, 14, 17);
    const early = textRange(a, 0, 3);
    index.set(second, [{ topic: 'aclu', range: textRange(b, 4, 8) }]);
    index.set(first, [{ topic: 'ibm', range: late }, { topic: 'ibm', range: early }, { topic: 'aclu', range: textRange(a, 5, 9) }]);
    expect(index.rangesFor('ibm')).toEqual([early, late]);
    expect(index.rangesFor('aclu').map((r) => r.startContainer)).toEqual([a, b]);
    expect(index.counts()).toEqual({ ibm: 2, aclu: 2 });
  });

  it('replaces and forgets a block whole', () => {
    const { first, second, a, b } = page();
    const index = new MentionIndex();
    index.set(first, [{ topic: 'ibm', range: textRange(a, 0, 3) }]);
    index.set(second, [{ topic: 'aclu', range: textRange(b, 4, 8) }]);
    expect(index.take(first).map((m) => m.topic)).toEqual(['ibm']);
    expect(index.owners()).toEqual([second]);
    index.set(second, []);
    expect(index.owners()).toEqual([]);
    expect(index.counts()).toEqual({});
  });

  it('finds the mention at a point by looking at its block only', () => {
    const { first, a } = page();
    const index = new MentionIndex();
    const ibm = textRange(a, 0, 3);
    const aclu = textRange(a, 5, 9);
    index.set(first, [{ topic: 'ibm', range: ibm }, { topic: 'aclu', range: aclu }]);
    expect(index.findMention(a, 6)).toEqual({ topic: 'aclu', range: aclu });
    expect(index.findMention(a, 3)).toBeUndefined(); // the end is not inside
    expect(index.findMention(a, 4)).toBeUndefined();
    expect(index.findMention(textRange(a, 1, 1))).toEqual({ topic: 'ibm', range: ibm });
  });

  it('answers "no mention" for caret offsets past a node’s end (a textarea’s value), never throws', () => {
    const { first, a } = page();
    const area = document.createElement('textarea');
    area.value = 'IBM in a textarea, long enough';
    document.body.append(area);
    const index = new MentionIndex();
    const range = textRange(a, 0, 3);
    index.set(first, [{ topic: 'ibm', range }]);
    expect(() => index.findMention(area, 17)).not.toThrow();
    expect(index.findMention(area, 17)).toBeUndefined();
    expect(index.findMention(a, 40)).toBeUndefined();
    expect(index.findMention(a, 1)).toEqual({ topic: 'ibm', range });
  });

  it('reports only the shown topics in every view', () => {
    const { first, a } = page();
    const index = new MentionIndex();
    index.set(first, [{ topic: 'ibm', range: textRange(a, 0, 3) }, { topic: 'aclu', range: textRange(a, 5, 9) }]);
    index.setFilter((topic) => topic !== 'ibm');
    expect(index.counts()).toEqual({ aclu: 1 });
    expect(index.rangesFor('ibm')).toEqual([]);
    expect(index.findMention(a, 1)).toBeUndefined();
    // The index still holds the hidden topic: showing it again needs no rescan.
    index.setFilter(() => true);
    expect(index.counts()).toEqual({ ibm: 1, aclu: 1 });
  });
});
