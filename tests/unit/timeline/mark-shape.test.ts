import { describe, expect, it } from 'vitest';
import { MARK_SHAPES, markStyle, shapePath } from '@/lib/timeline/mark-shape';

const topics = ['aclu', 'bans', 'ibm', 'rekognition'];

describe('markStyle', () => {
  it('gives each topic its own shape and colour slot, in dataset order', () => {
    const styles = topics.map((id) => markStyle([id], topics, []));
    expect(new Set(styles.map((s) => s.shape)).size).toBe(topics.length);
    expect(styles.map((s) => s.slot)).toEqual([1, 2, 3, 4]);
    expect(styles.map((s) => s.topic)).toEqual(topics);
  });

  it('shows a fact with several topics as its first in dataset order, or its first selected one', () => {
    expect(markStyle(['rekognition', 'bans'], topics, []).topic).toBe('bans');
    expect(markStyle(['rekognition', 'bans'], topics, ['rekognition']).topic).toBe('rekognition');
    expect(markStyle(['ibm'], topics, ['rekognition']).topic).toBe('ibm');
  });

  it('gives a fact with no known topic a hollow ring and no colour slot', () => {
    expect(markStyle([], topics, [])).toEqual({ shape: 'ring', slot: 0, topic: null });
    expect(markStyle(['gone'], topics, [])).toEqual({ shape: 'ring', slot: 0, topic: null });
  });
});

describe('shapePath', () => {
  it('draws every shape as a closed path within its radius', () => {
    for (const shape of MARK_SHAPES) {
      const path = shapePath(shape, 5);
      expect(path, shape).toMatch(/^M.*Z$/);
      const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      expect(Math.max(...numbers.map(Math.abs)), shape).toBeLessThanOrEqual(5);
    }
  });
});
