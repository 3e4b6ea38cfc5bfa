/**
 * Which frame holds a topic's next mention, and which mention of the tab's is it?
 *
 * The background knows each frame's counts (lib/badge.ts); each frame steps
 * through its own mentions (the card controller's `step`). Going to the next
 * mention asks the frame the popup's cursor stands on, and moves on to the next
 * frame that has the topic once that frame has shown its last one. The top frame comes first, then the others in
 * the order the browser numbered them. A frame that answers but no longer has
 * the topic (its counts are a moment old) is passed over; only a frame that
 * does not answer is reported as out of reach.
 */
import type { FrameCounts } from '@/lib/badge';
import type { PageRevealResult } from '@/lib/messages';

/** The frames that have `topic`, top frame first, with their counts. */
export function framesWith(frames: FrameCounts, topic: string): Array<{ frameId: number; count: number }> {
  return Object.entries(frames)
    .map(([id, counts]) => ({ frameId: Number(id), count: counts[topic] ?? 0 }))
    .filter((frame) => frame.count > 0)
    .sort((a, b) => a.frameId - b.frameId);
}

/** Asks one frame to reveal its next mention of `topic`; null when the frame can't be reached. */
export type AskFrame = (frameId: number, topic: string) => Promise<PageRevealResult | null>;

/**
 * What a reveal came to: the mention's place among the tab's (a total of 0: no
 * frame has the topic any more), or the frame that did not answer (0: the page itself).
 */
export type FrameReveal = PageRevealResult | { topic: string; unreachable: true; frameId: number };

/** A cursor per topic over the tab's frames. */
export function frameReveal(ask: AskFrame) {
  const cursors = new Map<string, number>();
  return async (frames: FrameCounts, topic: string): Promise<FrameReveal> => {
    const list = framesWith(frames, topic);
    const start = Math.max(0, list.findIndex((frame) => frame.frameId === cursors.get(topic)));
    for (let tried = 0; tried < list.length; tried++) {
      const at = (start + tried) % list.length;
      const target = list[at]!;
      const next = list[(at + 1) % list.length]!.frameId;
      const result = await ask(target.frameId, topic);
      if (!result) {
        cursors.set(topic, next);
        return { topic, unreachable: true, frameId: target.frameId };
      }
      // Reached, but its mentions of the topic went since it counted them: the next frame.
      if (result.total === 0) continue;
      cursors.set(topic, result.index >= result.total ? next : target.frameId);
      const before = list.slice(0, at).reduce((sum, frame) => sum + frame.count, 0);
      const total = list.reduce((sum, frame) => sum + frame.count, 0);
      return { topic, index: before + result.index, total };
    }
    cursors.delete(topic);
    return { topic, index: 0, total: 0 };
  };
}
