/**
 * Which shape and colour slot does a fact's mark take on the strip, so that its
 * topic shows without relying on colour alone?
 *
 * Shapes and colour slots follow the dataset's topic order, as the highlights'
 * colours do (lib/highlight/names.ts): topic i gets shape i and colour slot i.
 */
import { colorSlot } from '@/lib/highlight/names';

export const MARK_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'] as const;
export type MarkShape = (typeof MARK_SHAPES)[number] | 'ring';

export interface MarkStyle {
  shape: MarkShape;
  /** 1…COLOR_SLOTS, or 0 for a fact with no topic. */
  slot: number;
  /** The topic the mark stands for, or null. */
  topic: string | null;
}

/**
 * The topic a fact's mark shows: its first topic among the selected chips when
 * any is selected (so a "bans" filter shows "bans" marks), else its first topic
 * in dataset order. A fact with no known topic gets a hollow ring.
 */
export function markStyle(factTopics: readonly string[], topicIds: readonly string[], selected: readonly string[]): MarkStyle {
  const pool = selected.length > 0 ? topicIds.filter((id) => selected.includes(id)) : topicIds;
  const topic = pool.find((id) => factTopics.includes(id)) ?? topicIds.find((id) => factTopics.includes(id));
  if (topic === undefined) return { shape: 'ring', slot: 0, topic: null };
  const index = topicIds.indexOf(topic);
  return { shape: MARK_SHAPES[index % MARK_SHAPES.length]!, slot: colorSlot(index), topic };
}

/** An SVG path for `shape`, centred on 0,0 and fitting a circle of radius `r`. */
export function shapePath(shape: MarkShape, r: number): string {
  const n = (value: number) => Number(value.toFixed(2));
  const s = n(r * 0.82);
  const t = n(r * 0.3);
  switch (shape) {
    case 'square':
      return `M${-s} ${-s}H${s}V${s}H${-s}Z`;
    case 'triangle':
      return `M0 ${-r}L${r} ${n(r * 0.8)}H${-r}Z`;
    case 'triangle-down':
      return `M0 ${r}L${r} ${n(-r * 0.8)}H${-r}Z`;
    case 'diamond':
      return `M0 ${-r}L${r} 0L0 ${r}L${-r} 0Z`;
    case 'cross':
      return `M${-t} ${-r}H${t}V${-t}H${r}V${t}H${t}V${r}H${-t}V${t}H${-r}V${-t}H${-t}Z`;
    case 'circle':
    case 'ring':
      return `M${-r} 0A${r} ${r} 0 1 0 ${r} 0A${r} ${r} 0 1 0 ${-r} 0Z`;
  }
}
