/**
 * Over a textarea or an input, `caretPositionFromPoint` answers the form
 * control with an offset into its value, which can exceed its child count:
 * `Range.isPointInRange` then throws (an uncaught error on every pointer move
 * over a filled form field). findMention must answer "no mention" instead.
 */
import { describe, expect, it } from 'vitest';
import { TopicHighlights, type NameRegistry, type RangeSet } from '@/lib/highlight/registry';

describe('TopicHighlights.findMention with caret offsets past a node’s end', () => {
  it('returns undefined for an element offset beyond its children, and still finds real mentions', () => {
    const highlights = new TopicHighlights({
      topics: ['ibm'],
      style: 'background',
      registry: new Map() as unknown as NameRegistry,
      createHighlight: () => new Set<AbstractRange>() as unknown as RangeSet,
    });
    const p = document.createElement('p');
    p.textContent = 'IBM said so';
    const area = document.createElement('textarea');
    area.value = 'IBM in a textarea, long enough';
    document.body.append(p, area);
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 3);
    highlights.add('ibm', range);
    expect(() => highlights.findMention(area, 17)).not.toThrow();
    expect(highlights.findMention(area, 17)).toBeUndefined();
    expect(highlights.findMention(p.firstChild!, 40)).toBeUndefined();
    expect(highlights.findMention(p.firstChild!, 1)).toEqual({ topic: 'ibm', range });
    p.remove();
    area.remove();
  });
});
