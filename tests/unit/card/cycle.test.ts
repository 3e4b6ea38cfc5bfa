import { describe, expect, it } from 'vitest';
import { stepMention, viewportAnchor } from '@/lib/card/cycle';

describe('stepMention', () => {
  it('steps from the open mention and wraps at both ends', () => {
    expect(stepMention(3, 0, 1, 2)).toBe(1);
    expect(stepMention(3, 2, 1, 0)).toBe(0);
    expect(stepMention(3, 0, -1, 0)).toBe(2);
  });

  it('starts from the anchor when nothing is open', () => {
    expect(stepMention(5, -1, 1, 3)).toBe(3);
    expect(stepMention(5, -1, -1, 1)).toBe(1);
    expect(stepMention(5, -1, 1, -1)).toBe(0);
    expect(stepMention(5, -1, -1, -1)).toBe(4);
  });

  it('has nowhere to go without mentions', () => {
    expect(stepMention(0, -1, 1, -1)).toBe(-1);
  });
});

describe('viewportAnchor', () => {
  const boxes = [
    { top: -500, bottom: -480 },
    { top: 100, bottom: 120 },
    { top: 700, bottom: 720 },
    { top: 1500, bottom: 1520 },
  ];
  it('finds the first mention not above the viewport for next', () => {
    expect(viewportAnchor(boxes, 800, 1)).toBe(1);
  });
  it('finds the last mention not below the viewport for previous', () => {
    expect(viewportAnchor(boxes, 800, -1)).toBe(2);
  });
  it('says -1 when all are on the other side', () => {
    expect(viewportAnchor(boxes.slice(0, 1), 800, 1)).toBe(-1);
    expect(viewportAnchor(boxes.slice(3), 800, -1)).toBe(-1);
  });
});
