/**
 * In a Firefox content script a `Highlight` is an Xray wrapper of the page's
 * object: `add`, `delete`, `clear` and `size` work, but iterating it throws
 * "Xray wrapping of iterators not supported". The registry must never iterate
 * its highlights (that broke the card's hit test and the popup's reveal in Firefox).
 */
import { describe, expect, it } from 'vitest';
import { TopicHighlights, type NameRegistry, type RangeSet } from '@/lib/highlight/registry';

/** A Set of ranges that refuses to be iterated, as Firefox's Xray-wrapped Highlight does. */
class XrayHighlight extends Set<AbstractRange> {
  override [Symbol.iterator](): SetIterator<AbstractRange> {
    throw new Error('Xray wrapping of iterators not supported.');
  }
  override values(): SetIterator<AbstractRange> {
    throw new Error('Xray wrapping of iterators not supported.');
  }
  override forEach(): void {
    throw new Error('Xray wrapping of iterators not supported.');
  }
}

function setup() {
  return new TopicHighlights({
    topics: ['ibm', 'aclu'],
    style: 'background',
    registry: new Map() as unknown as NameRegistry,
    createHighlight: () => new XrayHighlight() as unknown as RangeSet,
  });
}

function textRange(text: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

describe('TopicHighlights with highlights that cannot be iterated (Firefox content scripts)', () => {
  it('finds the mention at a point, lists ranges and counts without iterating a highlight', () => {
    const highlights = setup();
    const text = document.createTextNode('IBM and the ACLU, IBM');
    document.body.append(text);
    const [first, aclu, second] = [textRange(text, 0, 3), textRange(text, 12, 16), textRange(text, 18, 21)];
    highlights.add('ibm', second);
    highlights.add('ibm', first);
    highlights.add('aclu', aclu);
    expect(highlights.findMention(text, 13)).toEqual({ topic: 'aclu', range: aclu });
    expect(highlights.rangesFor('ibm')).toEqual([first, second]);
    expect(highlights.counts()).toEqual({ ibm: 2, aclu: 1 });
    highlights.remove('ibm', first);
    expect(highlights.rangesFor('ibm')).toEqual([second]);
    expect(highlights.findMention(text, 1)).toBeUndefined();
    highlights.clear();
    expect(highlights.rangesFor('aclu')).toEqual([]);
    text.remove();
  });
});
