import { describe, expect, it, vi } from 'vitest';
import { caretAt, mentionAtPoint, rectsContain, type HitMention } from '@/lib/highlight/hit-test';

const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);

/** A mention "Rekognition" at offsets 7–18 of one text node, wrapped over two lines. */
function fixture() {
  const text = document.createTextNode('Amazon Rekognition is here');
  const range = document.createRange();
  range.setStart(text, 7);
  range.setEnd(text, 18);
  const lines = [rect(300, 10, 60, 20), rect(0, 30, 40, 20)];
  vi.spyOn(range, 'getClientRects').mockReturnValue(lines as unknown as DOMRectList);
  const mention: HitMention = { topic: 'rekognition', range };
  const lookup = {
    findMention: vi.fn((node: Node, offset: number) => (node === text && offset >= 7 && offset < 18 ? mention : undefined)),
  };
  return { text, mention, lookup };
}

describe('mentionAtPoint', () => {
  it('finds the mention on either of its lines', () => {
    const { text, mention, lookup } = fixture();
    expect(mentionAtPoint(document, 320, 20, lookup, () => ({ node: text, offset: 9 }))).toBe(mention);
    expect(mentionAtPoint(document, 20, 40, lookup, () => ({ node: text, offset: 15 }))).toBe(mention);
  });

  it('counts the right half of the last character (caret at the end)', () => {
    const { text, mention, lookup } = fixture();
    expect(mentionAtPoint(document, 39, 40, lookup, () => ({ node: text, offset: 18 }))).toBe(mention);
  });

  it('refuses a caret that snapped to the mention from outside its line boxes', () => {
    const { text, lookup } = fixture();
    // Past the end of the first line: the caret snaps into the mention's text.
    expect(mentionAtPoint(document, 500, 20, lookup, () => ({ node: text, offset: 12 }))).toBeUndefined();
    // Between the two lines' boxes horizontally.
    expect(mentionAtPoint(document, 150, 40, lookup, () => ({ node: text, offset: 18 }))).toBeUndefined();
  });

  it('finds nothing where there is no caret or no mention', () => {
    const { text, lookup } = fixture();
    expect(mentionAtPoint(document, 1, 1, lookup, () => null)).toBeUndefined();
    expect(mentionAtPoint(document, 1, 1, lookup, () => ({ node: text, offset: 0 }))).toBeUndefined();
  });
});

describe('caretAt', () => {
  it('prefers caretPositionFromPoint and falls back to caretRangeFromPoint', () => {
    const node = document.createTextNode('x');
    const standard = { caretPositionFromPoint: () => ({ offsetNode: node, offset: 1 }) } as unknown as Document;
    expect(caretAt(standard, 0, 0)).toEqual({ node, offset: 1 });
    const range = document.createRange();
    range.setStart(node, 0);
    const webkit = { caretRangeFromPoint: () => range } as unknown as Document;
    expect(caretAt(webkit, 0, 0)).toEqual({ node, offset: 0 });
    expect(caretAt({} as Document, 0, 0)).toBeNull();
  });
});

it('rectsContain ignores empty rects and includes edges', () => {
  expect(rectsContain([rect(0, 0, 0, 0)], 0, 0)).toBe(false);
  expect(rectsContain([rect(10, 10, 5, 5)], 15, 15)).toBe(true);
  expect(rectsContain([rect(10, 10, 5, 5)], 15.5, 15)).toBe(false);
});
