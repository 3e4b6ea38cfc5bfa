/**
 * Where does the card go next to its mention, and how does it follow the page?
 *
 * Floating UI places the card against a virtual reference built from the
 * mention's Range: `inline()` picks the line box the pointer was on (the first
 * one for the keyboard), so a mention wrapped over two lines gets its card
 * under the right half; `flip()` puts it above near the bottom of the
 * viewport, `shift()` keeps it inside near the sides, `arrow()` points at the
 * mention; `size()` caps the card's height to the room left on the chosen
 * side (its body scrolls). `autoUpdate` repositions on scroll, resize and
 * layout changes.
 */
import { arrow, autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { elementOf } from '@/lib/dom/element-of';

const GAP = 10;
const EDGE = 8;
const ARROW_HALF = 7;

function lineBoxes(range: Range): DOMRect[] {
  return [...range.getClientRects()].filter((rect) => rect.width > 0 || rect.height > 0);
}

/** Index of the line box holding (x, y), or of the closest one. */
export function lineIndexAt(boxes: ReadonlyArray<DOMRectReadOnly>, x: number, y: number): number {
  let best = 0;
  let bestDistance = Infinity;
  boxes.forEach((box, index) => {
    const dx = Math.max(box.left - x, 0, x - box.right);
    const dy = Math.max(box.top - y, 0, y - box.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

export interface Placement {
  /** The pointer now rests at `pointer` (or it is a keyboard card): point at that line box. */
  pointAt(pointer: { x: number; y: number } | null): void;
  /** Stops following the mention. */
  stop(): void;
}

/**
 * Positions `card` (position: fixed) next to `range` and keeps it there until
 * `stop()`. `pointer` is where the pointer rested, if it did.
 */
export function placeCard(
  range: Range,
  card: HTMLElement,
  arrowElement: HTMLElement | null,
  pointer: { x: number; y: number } | null,
): Placement {
  const lineAt = (at: { x: number; y: number } | null) => (at ? lineIndexAt(lineBoxes(range), at.x, at.y) : 0);
  let line = lineAt(pointer);
  const reference: VirtualElement = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => lineBoxes(range),
    contextElement: elementOf(range.startContainer) ?? undefined,
  };

  let stopped = false;
  const update = async () => {
    const middleware = [
      inline(() => {
        const boxes = lineBoxes(range);
        const box = boxes[line] ?? boxes[0];
        return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : {};
      }),
      offset(GAP),
      flip({ padding: EDGE }),
      shift({ padding: EDGE }),
      size({
        padding: EDGE,
        apply: ({ availableHeight, elements }) => {
          elements.floating.style.setProperty('--ff-room', `${Math.max(120, Math.floor(availableHeight))}px`);
        },
      }),
      ...(arrowElement ? [arrow({ element: arrowElement, padding: 10 })] : []),
    ];
    const { x, y, placement, middlewareData } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware,
    });
    if (stopped) return;
    const side = placement.split('-')[0] ?? 'bottom';
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
    card.dataset.side = side;
    if (arrowElement && middlewareData.arrow) {
      const { x: ax, y: ay } = middlewareData.arrow;
      const staticSide = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side] ?? 'top';
      Object.assign(arrowElement.style, {
        left: ax != null ? `${ax}px` : '',
        top: ay != null ? `${ay}px` : '',
        right: '',
        bottom: '',
        [staticSide]: `${-ARROW_HALF}px`,
      });
    }
  };

  const cleanup = autoUpdate(reference, card, () => void update());
  return {
    pointAt(at) {
      const next = lineAt(at);
      if (next === line) return;
      line = next;
      void update();
    },
    stop() {
      stopped = true;
      cleanup();
    },
  };
}
