import { describe, expect, it } from 'vitest';
import { collectRuns } from '@/lib/dom/blocks';
import { nodeIndexAt, rangeFor } from '@/lib/dom/ranges';

function runOf(build: (p: HTMLParagraphElement) => void) {
  document.body.replaceChildren();
  const p = document.createElement('p');
  build(p);
  document.body.append(p);
  const [run] = collectRuns(document.body, { nested: true });
  if (!run) throw new Error('no run');
  return run;
}

describe('nodeIndexAt', () => {
  it('finds the node holding an offset by binary search', () => {
    const offsets = [0, 7, 18, 24, 25];
    expect([0, 6, 7, 17, 18, 24, 25, 30].map((o) => nodeIndexAt(offsets, o))).toEqual([0, 0, 1, 1, 2, 3, 4, 4]);
    expect(nodeIndexAt([0], 5)).toBe(0);
  });
});

describe('rangeFor', () => {
  it('maps a mention inside one node', () => {
    const run = runOf((p) => p.append('We asked the ACLU today'));
    const range = rangeFor(run, 13, 17);
    expect(range.startContainer).toBe(run.nodes[0]);
    expect([range.startOffset, range.endOffset]).toEqual([13, 17]);
    expect(range.toString()).toBe('ACLU');
  });

  it('maps a mention spanning several text nodes', () => {
    const run = runOf((p) => {
      const em = document.createElement('em');
      em.append('Rekognition');
      const span = document.createElement('span');
      span.append('BM');
      p.append('Amazon ', em, ', I', span, '.');
    });
    expect(run.text).toBe('Amazon Rekognition, IBM.');
    const a = rangeFor(run, 0, 18);
    expect(a.startContainer).toBe(run.nodes[0]);
    expect(a.endContainer).toBe(run.nodes[1]);
    expect(a.endOffset).toBe(11);
    expect(a.toString()).toBe('Amazon Rekognition');
    const b = rangeFor(run, 20, 23);
    expect(b.startContainer).toBe(run.nodes[2]);
    expect(b.startOffset).toBe(2);
    expect(b.endContainer).toBe(run.nodes[3]);
    expect(b.endOffset).toBe(2);
    expect(b.toString()).toBe('IBM');
  });

  it('ends in the node holding the last character, not at the start of the next one', () => {
    const run = runOf((p) => {
      const b = document.createElement('b');
      b.append('IBM');
      p.append(b, ' says');
    });
    const range = rangeFor(run, 0, 3);
    expect(range.endContainer).toBe(run.nodes[0]);
    expect(range.endOffset).toBe(3);
  });
});
