/**
 * How is a card drawn, shown and removed? The card bundle's side of
 * `view-api.ts`.
 *
 * One Preact tree in the shadow host's container. `prepare` renders the card
 * for a mention ahead of the end of the dwell: in the top layer, placed by
 * Floating UI, but `visibility: hidden` and without its dialog role (so it is
 * neither seen, nor hit by the pointer, nor in the accessibility tree).
 * `show` renders the same tree with the card shown: for a prepared mention
 * that is two attributes, so the card appears in the next frame.
 *
 * The page's publication date (for "Since this page was published") is read
 * once, when the first card is drawn, so pages nobody hovers pay nothing.
 */
import { createRef, h, render } from 'preact';
import cardData from 'virtual:face-facts/card';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '@/components/card/Card';
import type { CardTopic } from '@/data/content-data';
import { findPageDate, type PageDate } from './page-date';
import { placeCard, type Placement } from './position';
import { createCardUi } from './shadow-ui';
import { cardStrings } from './strings';
import type { CardRequest, CardView, CardViewEvents } from './view-api';

export async function createCardView(
  ctx: ContentScriptContext,
  events: CardViewEvents,
  topics: readonly CardTopic[] = cardData.topics,
  readPageDate: () => PageDate | null = () => findPageDate(document, location.href),
): Promise<CardView> {
  const byId = new Map(topics.map((topic) => [topic.id, topic]));
  const ui = createCardUi(ctx);
  const cardRef = createRef<HTMLDivElement>();
  const arrowRef = createRef<HTMLDivElement>();
  let state: 'none' | 'prepared' | 'shown' = 'none';
  let placement: Placement | null = null;
  let placedRange: Range | null = null;
  let pageDate: PageDate | null | undefined;

  ui.container.addEventListener('pointerenter', (event) => {
    if (event.pointerType !== 'touch' && state === 'shown') events.onPointerEnter();
  });
  ui.container.addEventListener('pointerleave', (event) => {
    if (event.pointerType !== 'touch' && state === 'shown') events.onPointerLeave();
  });

  function draw(request: CardRequest, prepared: boolean): HTMLElement | null {
    const topic = byId.get(request.topic);
    if (!topic) return null;
    if (!ui.host.isConnected) (document.body ?? document.documentElement).append(ui.host);
    // Read before writing: for a prepared card the layout is clean, so checking
    // the pointer's line box forces no style or layout; showing it is then only
    // the attribute changes of the render below.
    const placed = placement !== null && placedRange === request.range;
    if (placed) placement?.pointAt(request.pointer);
    if (pageDate === undefined) pageDate = readPageDate();
    render(
      h(Card, {
        topic,
        lang: request.lang,
        strings: cardStrings(request.lang),
        pageDate,
        prepared,
        cardRef,
        arrowRef,
        onClose: events.onClose,
        onTimeline: (from) => (from ? events.onTimeline(topic.id, from) : events.onTimeline(topic.id)),
        onPauseSite: events.onPauseSite,
      }),
      ui.container,
    );
    const card = cardRef.current;
    if (!card) return null;
    // The top layer: above every z-index, out of reach of ancestors' opacity,
    // filters and transforms. (A prepared card is in it already.)
    if (!placed && typeof card.showPopover === 'function') {
      if (!card.hasAttribute('popover')) card.setAttribute('popover', 'manual');
      if (!card.matches(':popover-open')) card.showPopover();
    }
    if (!placed) {
      placement?.stop();
      placement = placeCard(request.range, card, arrowRef.current, request.pointer);
      placedRange = request.range;
    }
    return card;
  }

  function clear() {
    placement?.stop();
    placement = null;
    placedRange = null;
    state = 'none';
    render(null, ui.container);
  }

  return {
    host: ui.host,
    get card() {
      return state === 'shown' ? cardRef.current : null;
    },
    prepare(request) {
      if (state === 'shown') return;
      if (draw(request, true)) state = 'prepared';
      else clear();
    },
    show(request) {
      const card = draw(request, false);
      if (card) state = 'shown';
      else clear();
      return card;
    },
    discard() {
      if (state === 'prepared') clear();
    },
    hide: clear,
    destroy() {
      clear();
      ui.remove();
    },
  };
}
