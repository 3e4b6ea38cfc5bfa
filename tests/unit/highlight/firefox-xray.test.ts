/**
 * In a Firefox content script a `Highlight` is an Xray wrapper of the page's
 * object: `add`, `delete`, `clear` and `size` work, but iterating it throws
 * "Xray wrapping of iterators not supported". The registry must never iterate
 * its highlights (lookups read detection's own index, lib/dom/mention-index.ts).
 */
import { describe, expect, it } from 'vitest';
import { TopicHighlights, type NameRegistry, type RangeSet } from '@/lib/highlight/registry';
import { textRange } from '../text-range';

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

function setup(eachRange?: ConstructorParameters<typeof TopicHighlights>[0]['eachRange']) {
  return new TopicHighlights({
    topics: ['ibm', 'aclu'],
    style: 'background',
    registry: new Map() as unknown as NameRegistry,
    createHighlight: () => new XrayHighlight() as unknown as RangeSet,
    eachRange,
  });
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

  it('scopes to the viewport and back without iterating a highlight', () => {
    const text = document.createTextNode('IBM and the ACLU');
    document.body.append(text);
    const [ibm, aclu] = [textRange(text, 0, 3), textRange(text, 12, 16)];
    const highlights = setup((visit) => {
      visit({ topic: 'ibm', range: ibm });
      visit({ topic: 'aclu', range: aclu });
    });
    highlights.add('ibm', ibm);
    highlights.add('aclu', aclu);
    highlights.flush();
    const scope = { watch() {}, unwatch() {}, isNear: (range: Range) => range === ibm, disconnect() {} };
    expect(() => highlights.scopeTo(scope)).not.toThrow();
    highlights.remove('aclu', aclu);
    highlights.clear();
    expect(() => highlights.flush()).not.toThrow();
    expect(() => highlights.refreshNear()).not.toThrow();
    expect(() => highlights.scopeTo(null)).not.toThrow();
    expect(() => highlights.dispose()).not.toThrow();
    text.remove();
  });
});
