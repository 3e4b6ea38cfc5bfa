/**
 * Where is keyboard focus, where does Tab go inside the card, and where does
 * focus return when the card closes?
 *
 * The card is a non-modal dialog, but one that lives at the very end of the
 * page: letting Tab walk out of it would drop the reader at the browser's
 * toolbar, far from the text they were reading. So while the card holds
 * focus, Tab and Shift+Tab cycle through its links and buttons, and Escape
 * (or the close button) ends the visit, returning focus to where it was.
 */

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function focusablesIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/**
 * Keeps Tab inside `card` when focus is in it: from the last stop to the
 * first, and back. Returns whether it moved focus (and took the event).
 */
export function cycleTab(event: KeyboardEvent, card: HTMLElement, active: Element | null): boolean {
  if (event.key !== 'Tab' || !active || !card.contains(active)) return false;
  const stops = focusablesIn(card);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return false;
  // The heading (tabindex -1) is index -1: Tab from it goes on naturally.
  const index = stops.indexOf(active as HTMLElement);
  const target = event.shiftKey ? (index <= 0 ? last : null) : index === stops.length - 1 ? first : null;
  if (!target) return false;
  event.preventDefault();
  target.focus();
  return true;
}

/**
 * Puts focus back on `previous` if it is still in the page and focusable,
 * otherwise lets it fall to the body.
 */
export function restoreFocus(previous: Element | null, doc: Document = document): void {
  if (previous instanceof HTMLElement && previous.isConnected && previous !== doc.body) {
    previous.focus({ preventScroll: true });
    if (deepActiveElement(doc) === previous) return;
  }
  const active = deepActiveElement(doc);
  if (active instanceof HTMLElement && active !== doc.body) active.blur();
}
