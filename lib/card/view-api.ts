/**
 * What do the content script and the lazily loaded card bundle say to each other?
 *
 * The content script keeps what runs on every page (hover intent, hit-testing,
 * commands, focus bookkeeping); the card bundle (`entrypoints/card-ui.ts`,
 * loaded on the first hover, see docs/card.md) owns everything that draws:
 * the shadow-root host and its styles, Preact and the Card view, the card's
 * facts and strings, and Floating UI placement. This file holds only types,
 * so importing it adds nothing to either bundle.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TextLang } from '@/data/schema';

/** Which card to draw, and where. */
export interface CardRequest {
  topic: string;
  /** The mention the card explains and sits against. */
  range: Range;
  lang: TextLang;
  /** Where the pointer rests (its line box is the one the card points at); null for the keyboard. */
  pointer: { x: number; y: number } | null;
}

/** What the card tells the content script. */
export interface CardViewEvents {
  /** The pointer entered or left the card (never for touch). */
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** The close button. */
  onClose(): void;
  /** "Full timeline" for `topic`; with `from` (YYYY-MM-DD), the timeline from that day on. */
  onTimeline(topic: string, from?: string): void;
  /** "Don't show on this site". */
  onPauseSite(): void;
}

export interface CardView {
  /** The `<face-facts-ui>` shadow host (events from inside the card are retargeted to it). */
  readonly host: HTMLElement;
  /** The shown card, or null when none is shown (a prepared card is not shown). */
  readonly card: HTMLElement | null;
  /**
   * Renders the card for `request` ahead of time, invisible and placed, so
   * that `show` for the same mention only has to make it visible. Does
   * nothing while a card is shown.
   */
  prepare(request: CardRequest): void;
  /** Shows the card for `request` (reusing a prepared one); the card element, or null if it cannot. */
  show(request: CardRequest): HTMLElement | null;
  /** Removes a prepared card that was never shown; a shown card stays. */
  discard(): void;
  /** Removes the card, shown or prepared. */
  hide(): void;
  /** Removes the card and the host. */
  destroy(): void;
}

/** What the card bundle's module gives: its default export. */
export interface CardBundle {
  createCardView(ctx: ContentScriptContext, events: CardViewEvents): Promise<CardView>;
}
