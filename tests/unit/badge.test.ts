import { describe, expect, it } from 'vitest';
import { TabCounts, badgeText, topicTotals, type SessionStore } from '@/lib/badge';
import { isCountsMessage, isTabCountsRequest, sameCounts } from '@/lib/messages';

function memoryStore(): SessionStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

describe('badge counts', () => {
  it('sums frames per tab and forgets a tab', async () => {
    const counts = new TabCounts();
    expect(await counts.set(1, 0, { ibm: 2, aclu: 1 })).toBe(3);
    expect(await counts.set(1, 5, { ibm: 4 })).toBe(7);
    expect(await counts.set(1, 0, { aclu: 1 })).toBe(5);
    expect(await counts.set(2, 0, { ibm: 1 })).toBe(1);
    await counts.clear(1);
    expect(await counts.get(1)).toEqual({});
    expect(await counts.get(2)).toEqual({ 0: { ibm: 1 } });
  });

  it('survives a worker restart through the session store', async () => {
    const store = memoryStore();
    await new TabCounts(store).set(3, 0, { rekognition: 2 });
    const revived = new TabCounts(store);
    expect(await revived.set(3, 1, { ibm: 1 })).toBe(3);
  });

  it('writes the badge text', () => {
    expect([0, 1, 42, 1000].map(badgeText)).toEqual(['', '1', '42', '999+']);
  });
});

describe('topicTotals', () => {
  it('sums each topic over every frame, adding up to the badge', () => {
    expect(topicTotals({ 0: { aclu: 1, ibm: 0 }, 3: { ibm: 2 }, 8: { ibm: 1, bans: 1 } })).toEqual({ aclu: 1, ibm: 3, bans: 1 });
    expect(topicTotals(undefined)).toEqual({});
  });
});

describe('messages', () => {
  it('recognises the popup\'s request for a tab\'s counts', () => {
    expect(isTabCountsRequest({ type: 'tab:counts', tabId: 4 })).toBe(true);
    expect(isTabCountsRequest({ type: 'tab:counts', tabId: '4' })).toBe(false);
    expect(isTabCountsRequest({ type: 'tab:counts' })).toBe(false);
    expect(isTabCountsRequest(null)).toBe(false);
  });

  it('accepts only well-formed counts messages', () => {
    expect(isCountsMessage({ type: 'counts', counts: { ibm: 2 } })).toBe(true);
    expect(isCountsMessage({ type: 'counts', counts: { ibm: -1 } })).toBe(false);
    expect(isCountsMessage({ type: 'counts', counts: [] })).toBe(false);
    expect(isCountsMessage({ type: 'other', counts: {} })).toBe(false);
    expect(isCountsMessage(null)).toBe(false);
  });

  it('compares counts, treating zero as missing', () => {
    expect(sameCounts({ ibm: 0 }, {})).toBe(true);
    expect(sameCounts({ ibm: 1 }, { ibm: 2 })).toBe(false);
  });
});
