/**
 * When does which card show, and what happens around it?
 *
 * Wires the page's pointer, scroll and keys to the hover-intent machine, and
 * the machine to the card: hit-testing at most once per animation frame from
 * passive listeners, the shadow-root UI created on first open, placement,
 * focus for keyboard use, and the card's actions.
 */
import { createRef, h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '@/components/card/Card';
import type { ContentTopic } from '@/data/content-data';
import { mentionAtPoint, type HitMention } from '@/lib/highlight/hit-test';
import { compareRanges } from '@/lib/highlight/order';
import { createHoverIntent, DEFAULT_DWELL_MS, type CloseReason, type OpenedBy } from '@/lib/hover/intent';
import { stepMention, viewportAnchor } from './cycle';
import { cycleTab, deepActiveElement, restoreFocus } from './focus';
import { declaredLanguageOf, pickCardLanguage, type CardLanguageSetting } from './language';
import type { CardCommand } from './messages';
import { placeCard, type Placement } from './position';
import { createCardUi, type CardUi } from './shadow-ui';
import { cardStrings } from './strings';

export const OPEN_START_MARK = 'face-facts:card:open-start';
export const OPEN_MEASURE = 'face-facts:card';

/** What the controller needs from the highlight registry (TopicHighlights has it). */
export interface MentionSource {
  findMention(node: Node, offset: number): HitMention | undefined;
  rangesFor(topic: string): Range[];
}

export interface CardSettings {
  hoverDelayMs: number;
  cardLanguage: CardLanguageSetting;
  /** False when Face Facts is off for this page: no card opens, an open one closes. */
  active: boolean;
  /** Topics whose cards may show (all when undefined); an open card of another topic closes. */
  topics?: ReadonlySet<string>;
}

export interface CardControllerOptions {
  ctx: ContentScriptContext;
  mentions: MentionSource;
  topics: readonly ContentTopic[];
  settings?: Partial<CardSettings>;
  /** The browser's UI language (`browser.i18n.getUILanguage()`). */
  uiLanguage: () => string;
  openTimeline(topic: string): unknown;
  /** "Don't show on this site". */
  pauseSite(): unknown;
}

export interface CardController {
  /** Jumps to the next or previous mention and opens its card with focus in it. */
  handleCommand(command: CardCommand): void;
  /** Scrolls `mention` to the middle of the viewport and opens its card with focus in it. */
  reveal(mention: HitMention): void;
  setSettings(settings: Partial<CardSettings>): void;
  /** Closes the card as Escape would. */
  dismiss(): void;
  destroy(): void;
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Brings a mention to the middle of the viewport. */
function scrollToMention(range: Range): void {
  const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth';
  const element = elementOf(range.startContainer);
  if (element && element.getBoundingClientRect().height <= window.innerHeight / 3) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    return;
  }
  // A tall block (a long paragraph): centre the mention's own box instead.
  const box = range.getBoundingClientRect();
  window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2, behavior });
}

export function mountCard(options: CardControllerOptions): CardController {
  const { ctx, mentions } = options;
  const topics = new Map(options.topics.map((topic) => [topic.id, topic]));
  let settings: CardSettings = { hoverDelayMs: DEFAULT_DWELL_MS, cardLanguage: 'auto', active: true, ...options.settings };

  let ui: CardUi | null = null;
  let uiPromise: Promise<CardUi> | null = null;
  let placement: Placement | null = null;
  let openedBy: OpenedBy | null = null;
  let previousFocus: Element | null = null;
  /** Bumped on every open and close, so a slow first mount never shows a stale card. */
  let generation = 0;
  let pointer: { x: number; y: number } | null = null;
  let pointerOnCard = false;
  let frame = 0;
  const cardRef = createRef<HTMLDivElement>();
  const arrowRef = createRef<HTMLDivElement>();

  const intent = createHoverIntent<HitMention>({
    dwellMs: settings.hoverDelayMs,
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    same: (a, b) => a.range === b.range,
    onOpen: (mention, by) => void show(mention, by),
    onClose: (_mention, reason) => hide(reason),
    onScrollSettled: () => {
      if (pointer && openedBy !== 'keyboard') scheduleHitTest();
    },
  });

  const focusInCard = () => ui !== null && document.activeElement === ui.host;

  function ensureUi(): Promise<CardUi> {
    uiPromise ??= createCardUi(ctx).then((created) => {
      ui = created;
      const { container } = created;
      container.addEventListener('pointerenter', (event) => {
        if (event.pointerType === 'touch') return;
        pointerOnCard = true;
        intent.cardEnter();
      });
      container.addEventListener('pointerleave', (event) => {
        if (event.pointerType === 'touch') return;
        pointerOnCard = false;
        intent.cardLeave();
      });
      return created;
    });
    return uiPromise;
  }

  async function show(mention: HitMention, by: OpenedBy) {
    const topic = topics.get(mention.topic);
    if (!topic) return;
    const mine = ++generation;
    performance.mark(OPEN_START_MARK);
    if (by === 'keyboard' && !focusInCard()) previousFocus = deepActiveElement();
    const current = ui ?? (await ensureUi());
    if (mine !== generation) return;
    if (!current.host.isConnected) (document.body ?? document.documentElement).append(current.host);

    const lang = pickCardLanguage(settings.cardLanguage, declaredLanguageOf(mention.range.startContainer), options.uiLanguage());
    render(
      h(Card, {
        topic,
        lang,
        strings: cardStrings(lang),
        cardRef,
        arrowRef,
        onClose: () => intent.dismiss(),
        onTimeline: () => {
          options.openTimeline(topic.id);
          intent.dismiss();
        },
        onPauseSite: () => {
          options.pauseSite();
          intent.dismiss();
        },
      }),
      current.container,
    );
    const card = cardRef.current;
    if (!card) return;
    // The top layer: above every z-index, out of reach of ancestors' opacity,
    // filters and transforms.
    if (typeof card.showPopover === 'function') {
      if (!card.hasAttribute('popover')) card.setAttribute('popover', 'manual');
      if (!card.matches(':popover-open')) card.showPopover();
    }
    placement?.stop();
    placement = placeCard(mention.range, card, arrowRef.current, by === 'pointer' ? pointer : null);
    openedBy = by;
    if (by === 'keyboard') card.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    // Measured once the frame with the card has been painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (mine === generation && ctx.isValid) performance.measure(OPEN_MEASURE, OPEN_START_MARK);
      }, 0),
    );
  }

  function hide(reason: CloseReason) {
    if (reason === 'replace') return;
    generation++;
    placement?.stop();
    placement = null;
    const hadFocus = focusInCard();
    if (ui) render(null, ui.container);
    if (openedBy === 'keyboard' || hadFocus) restoreFocus(previousFocus);
    previousFocus = null;
    openedBy = null;
    pointerOnCard = false;
  }

  function hitTest() {
    frame = 0;
    if (!pointer || pointerOnCard || !settings.active) return;
    const hit = mentionAtPoint(document, pointer.x, pointer.y, mentions);
    if (hit) intent.pointerOn(hit);
    else intent.pointerOff();
  }

  function scheduleHitTest() {
    if (frame === 0) frame = requestAnimationFrame(hitTest);
  }

  function allMentions(): HitMention[] {
    const all: HitMention[] = [];
    for (const id of topics.keys()) for (const range of mentions.rangesFor(id)) all.push({ topic: id, range });
    return all.sort((a, b) => compareRanges(a.range, b.range));
  }

  // Passive listeners that only record; the one layout read per frame is in hitTest.
  ctx.addEventListener(
    window,
    'pointermove',
    (event: PointerEvent) => {
      if (event.pointerType === 'touch' || !settings.active) return;
      // Chromium repeats a move at the same spot after scrolling: not a movement.
      if (pointer && pointer.x === event.clientX && pointer.y === event.clientY) return;
      pointer = { x: event.clientX, y: event.clientY };
      if (ui && event.target === ui.host) return;
      pointerOnCard = false;
      scheduleHitTest();
    },
    { passive: true },
  );
  ctx.addEventListener(
    document,
    'pointerout',
    (event: PointerEvent) => {
      if (event.relatedTarget !== null || event.pointerType === 'touch') return;
      // The pointer left the window.
      pointer = null;
      intent.pointerOff();
    },
    { passive: true },
  );
  ctx.addEventListener(document, 'scroll', () => intent.scroll(), { capture: true, passive: true });
  ctx.addEventListener(
    document,
    'pointerdown',
    (event: PointerEvent) => {
      if (intent.shown && !(ui && event.composedPath().includes(ui.host))) intent.dismiss();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (!intent.shown) return;
      const card = cardRef.current;
      if (event.key === 'Escape') {
        const inside = focusInCard();
        intent.dismiss();
        if (inside) {
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      }
      if (card) cycleTab(event, card, deepActiveElement());
    },
    { capture: true },
  );

  const controller: CardController = {
    handleCommand(command) {
      if (!settings.active) return;
      const all = allMentions();
      if (all.length === 0) return;
      const shown = intent.shown;
      const current = shown ? all.findIndex((m) => m.range === shown.range) : -1;
      const direction = command === 'next-mention' ? 1 : -1;
      const anchor =
        current >= 0
          ? -1
          : viewportAnchor(
              all.map((m) => m.range.getBoundingClientRect()),
              window.innerHeight,
              direction,
            );
      const target = all[stepMention(all.length, current, direction, anchor)];
      if (target) controller.reveal(target);
    },
    reveal(mention) {
      if (!settings.active || !topics.has(mention.topic) || settings.topics?.has(mention.topic) === false) return;
      scrollToMention(mention.range);
      intent.openNow(mention);
    },
    setSettings(next) {
      settings = { ...settings, ...next };
      intent.setDwell(settings.hoverDelayMs);
      const shown = intent.shown;
      if (!settings.active || (shown && settings.topics?.has(shown.topic) === false)) intent.dismiss();
    },
    dismiss: () => intent.dismiss(),
    destroy() {
      intent.destroy();
      hide('dismiss');
      if (frame !== 0) cancelAnimationFrame(frame);
      ui?.remove();
    },
  };
  ctx.onInvalidated(() => controller.destroy());
  return controller;
}
