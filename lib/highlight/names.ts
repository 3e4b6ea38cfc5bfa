/**
 * Under which names does a topic's Highlight live in `CSS.highlights`?
 *
 * `face-facts-<topic>` is public (users' stylesheets, tests). The manifest
 * stylesheet paints only style-specific names, which are per colour slot, not
 * per topic, so the CSS never needs to know the topic ids: `face-facts-bg-<slot>`
 * (background) and `face-facts-ul-<slot>` (underline). Style `none` registers
 * the public name only.
 */

export const HIGHLIGHT_STYLES = ['background', 'underline', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** Number of distinct colours in highlights.css. */
export const COLOR_SLOTS = 6;

export function publicName(topic: string): string {
  return `face-facts-${topic}`;
}

/** The colour slot (1…COLOR_SLOTS) of the topic at `index` in the dataset's topic order. */
export function colorSlot(index: number): number {
  return (((index % COLOR_SLOTS) + COLOR_SLOTS) % COLOR_SLOTS) + 1;
}

/** The name the stylesheet paints for `style`, or undefined for `none`. */
export function styledName(style: HighlightStyle, slot: number): string | undefined {
  if (style === 'background') return `face-facts-bg-${slot}`;
  if (style === 'underline') return `face-facts-ul-${slot}`;
  return undefined;
}
