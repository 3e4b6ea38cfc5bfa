import { describe, expect, it } from 'vitest';
import type { PageRevealResult } from '@/lib/messages';
import { frameReveal, framesWith } from '@/lib/popup/frame-reveal';

/** Frames that each keep a cursor per topic, as the content script does; `gone` never answers. */
function frames(counts: Record<number, Record<string, number>>, gone: number[] = []) {
  const cursors = new Map<string, number>();
  const asked: number[] = [];
  const ask = async (frameId: number, topic: string): Promise<PageRevealResult | null> => {
    asked.push(frameId);
    if (gone.includes(frameId)) return null;
    const total = counts[frameId]?.[topic] ?? 0;
    if (total === 0) return { topic, index: 0, total: 0 };
    const key = `${frameId}:${topic}`;
    const next = ((cursors.get(key) ?? -1) + 1) % total;
    cursors.set(key, next);
    return { topic, index: next + 1, total };
  };
  return { ask, asked };
}

describe('framesWith', () => {
  it('lists the frames that have the topic, top frame first', () => {
    expect(framesWith({ 7: { ibm: 2 }, 0: { ibm: 1, aclu: 1 }, 3: { aclu: 4 } }, 'ibm')).toEqual([
      { frameId: 0, count: 1 },
      { frameId: 7, count: 2 },
    ]);
  });
});

describe('frameReveal', () => {
  it('goes through the top frame, then each frame, and numbers the mentions across the tab', async () => {
    const counts = { 0: { ibm: 1 }, 5: { ibm: 2 } };
    const { ask, asked } = frames(counts);
    const reveal = frameReveal(ask);
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await reveal(counts, 'ibm');
      seen.push('index' in result ? `${result.index}/${result.total}` : 'unreachable');
    }
    expect(seen).toEqual(['1/3', '2/3', '3/3', '1/3']);
    expect(asked).toEqual([0, 5, 5, 0]);
  });

  it('goes straight to a frame when the top frame has none', async () => {
    const counts = { 0: {}, 9: { aclu: 1 } };
    const { ask, asked } = frames(counts);
    expect(await frameReveal(ask)(counts, 'aclu')).toEqual({ topic: 'aclu', index: 1, total: 1 });
    expect(asked).toEqual([9]);
  });

  it('says plainly when the frame that holds the mention does not answer, and moves on', async () => {
    const counts = { 0: { ibm: 1 }, 4: { ibm: 1 } };
    const { ask } = frames(counts, [4]);
    const reveal = frameReveal(ask);
    expect(await reveal(counts, 'ibm')).toEqual({ topic: 'ibm', index: 1, total: 2 });
    expect(await reveal(counts, 'ibm')).toEqual({ topic: 'ibm', unreachable: true, frameId: 4 });
    expect(await reveal(counts, 'ibm')).toEqual({ topic: 'ibm', index: 1, total: 2 });
  });

  it('passes over a frame whose mentions went since it counted them, and is not out of reach', async () => {
    const reported = { 0: { ibm: 1 }, 6: { ibm: 2 } };
    const { ask, asked } = frames({ 0: {}, 6: { ibm: 2 } });
    const reveal = frameReveal(ask);
    expect(await reveal(reported, 'ibm')).toEqual({ topic: 'ibm', index: 2, total: 3 });
    expect(asked).toEqual([0, 6]);
    // When no frame has it any more: nothing to reveal, not a frame out of reach.
    const none = frames({ 0: {}, 6: {} });
    expect(await frameReveal(none.ask)(reported, 'ibm')).toEqual({ topic: 'ibm', index: 0, total: 0 });
    expect(none.asked).toEqual([0, 6]);
  });

  it('has nothing to reveal for a topic no frame has', async () => {
    const { ask, asked } = frames({});
    expect(await frameReveal(ask)({ 0: { ibm: 1 } }, 'bans')).toEqual({ topic: 'bans', index: 0, total: 0 });
    expect(asked).toEqual([]);
  });
});
