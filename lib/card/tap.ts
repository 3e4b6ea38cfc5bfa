/**
 * Is a tap the page's, or the card's?
 *
 * A mention inside a link, a button or another control belongs to the
 * page's own action: a tap there follows the link or presses the button,
 * and opens no card. So does a tap whose target is such a control (an
 * overlay over the text).
 */
import { elementOf } from '@/lib/dom/element-of';

/** Elements a tap activates. */
const PAGE_CONTROL = [
  'a[href]',
  'area[href]',
  'button',
  'summary',
  'label',
  'input',
  'select',
  'textarea',
  '[role="button"]',
  '[role="link"]',
  '[role="menuitem"]',
  '[role="tab"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[contenteditable]:not([contenteditable="false"])',
  '[onclick]',
].join(', ');

function elementAt(node: EventTarget | Node | null): Element | null {
  return node instanceof Node ? elementOf(node) : null;
}

/** Whether any of `nodes` is, or is inside, a control of the page. */
export function inPageControl(...nodes: Array<EventTarget | Node | null>): boolean {
  return nodes.some((node) => elementAt(node)?.closest(PAGE_CONTROL) != null);
}

/**
 * Whether a click came from a finger: its `pointerType`, or where the browser
 * does not give clicks one, that of the last `pointerdown` (a click from the
 * keyboard has no pointer and a `detail` of 0).
 */
export function isTouchClick(event: MouseEvent, lastDownType: string | null): boolean {
  if ('pointerType' in event) return (event as PointerEvent).pointerType === 'touch';
  return event.detail > 0 && lastDownType === 'touch';
}
