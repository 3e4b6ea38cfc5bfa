import { describe, expect, it } from 'vitest';
import { TopicGate, type RangeSink } from '@/lib/highlight/gate';

/** A sink that records what reaches it, per topic. */
function recorder() {
  const seen = new Map<string, Set<Range>>();
  const sink: RangeSink = {
    add: (topic, range) => {
      if (!seen.has(topic)) seen.set(topic, new Set());
      seen.get(topic)!.add(range);
    },
    remove: (topic, range) => void seen.get(topic)?.delete(range),
    clear: () => seen.clear(),
    flush: () => undefined,
  };
  const sizes = () => Object.fromEntries([...seen].map(([topic, ranges]) => [topic, ranges.size]));
  return { sink, sizes };
}

function ranges(count: number): Range[] {
  return Array.from({ length: count }, () => document.createRange());
}

describe('TopicGate', () => {
  it('passes every topic when no active set is given', () => {
    const { sink, sizes } = recorder();
    const gate = new TopicGate(sink);
    const [a, b] = ranges(2);
    gate.add('ibm', a!);
    gate.add('aclu', b!);
    expect(sizes()).toEqual({ ibm: 1, aclu: 1 });
  });

  it('holds back inactive topics and restores them when switched on', () => {
    const { sink, sizes } = recorder();
    const gate = new TopicGate(sink, new Set(['ibm']));
    const [a, b, c] = ranges(3);
    gate.add('ibm', a!);
    gate.add('aclu', b!);
    gate.add('aclu', c!);
    expect(sizes()).toEqual({ ibm: 1 });
    expect(gate.setActive(new Set(['ibm', 'aclu']))).toEqual(['aclu']);
    expect(sizes()).toEqual({ ibm: 1, aclu: 2 });
  });

  it('removes only the switched-off topic, leaving the others as they were', () => {
    const { sink, sizes } = recorder();
    const gate = new TopicGate(sink, new Set(['ibm', 'aclu']));
    const [a, b] = ranges(2);
    gate.add('ibm', a!);
    gate.add('aclu', b!);
    expect(gate.setActive(new Set(['aclu']))).toEqual(['ibm']);
    expect(sizes()).toEqual({ ibm: 0, aclu: 1 });
    expect(gate.setActive(new Set(['aclu']))).toEqual([]);
  });

  it('forgets a range the scanner removed while its topic was off', () => {
    const { sink, sizes } = recorder();
    const gate = new TopicGate(sink, new Set<string>());
    const [a, b] = ranges(2);
    gate.add('ibm', a!);
    gate.add('ibm', b!);
    gate.remove('ibm', a!);
    gate.setActive(undefined);
    expect(sizes()).toEqual({ ibm: 1 });
  });

  it('clears what it holds and the target', () => {
    const { sink, sizes } = recorder();
    const gate = new TopicGate(sink, new Set<string>());
    gate.add('ibm', document.createRange());
    gate.clear();
    gate.setActive(undefined);
    expect(sizes()).toEqual({});
  });
});
