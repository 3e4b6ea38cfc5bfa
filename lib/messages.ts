/**
 * What do the content script and the background say to each other?
 */

/** Mentions per topic found in one frame (sent again whenever they change). */
export interface CountsMessage {
  type: 'counts';
  counts: Record<string, number>;
}

export type ContentMessage = CountsMessage;

function isCountRecord(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
}

export function isCountsMessage(message: unknown): message is CountsMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, counts } = message as Partial<CountsMessage>;
  return type === 'counts' && isCountRecord(counts);
}

/** Whether two count records say the same thing (zero counts equal missing ones). */
export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? 0) !== (b[key] ?? 0)) return false;
  return true;
}
