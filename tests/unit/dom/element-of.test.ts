/** The element a node is, or sits in. */
import { describe, expect, it } from 'vitest';
import { elementOf } from '@/lib/dom/element-of';

describe('elementOf', () => {
  it('is the element itself, a text node’s parent, and null outside any element', () => {
    const p = document.createElement('p');
    p.append('IBM');
    expect(elementOf(p)).toBe(p);
    expect(elementOf(p.firstChild!)).toBe(p);
    expect(elementOf(document.createTextNode('loose'))).toBeNull();
    expect(elementOf(document)).toBeNull();
  });
});
