/**
 * In a Firefox content script a `Highlight` is an Xray wrapper of the page's
 * object: `add`, `delete`, `clear` and `size` work, but iterating it throws
 * "Xray wrapping of iterators not supported". The registry must never iterate
 * its highlights (lookups read detection's own index, lib/dom/mention-index.ts).
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
  it('paints, unpaints, clears and switches topics without iterating a highlight', () => {
    const highlights = setup();
    const text = document.createTextNode('IBM and the ACLU, IBM');
    document.body.append(text);
    const [first, aclu, second] = [textRange(text, 0, 3), textRange(text, 12, 16), textRange(text, 18, 21)];
    highlights.add('ibm', second);
    highlights.add('ibm', first);
    highlights.add('aclu', aclu);
    expect(() => highlights.flush()).not.toThrow();
    highlights.remove('ibm', first);
    highlights.setShown((topic) => topic === 'aclu');
    highlights.setStyle('underline');
    highlights.clear();
    expect(() => highlights.flush()).not.toThrow();
    expect(() => highlights.dispose()).not.toThrow();
    text.remove();
  });
});
