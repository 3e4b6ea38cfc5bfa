/**
 * When does which card show, and what happens around it?
 *
 * Wires the page's pointer, scroll and keys to the hover-intent machine, and
 * the machine to the card: hit-testing at most once per animation frame from
 * passive listeners, focus for keyboard use, and the card's actions. Drawing
 * is the card bundle's (`view-api.ts`), loaded on first need: when a dwell
 * starts, the bundle is loaded and the card rendered hidden for that mention,
 * so that the end of the dwell only has to show it. On touch screens a tap
 * is the gesture: the intent opens the tapped mention's card at once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentTopic } from '@/data/content-data';
import { elementOf } from '@/lib/dom/element-of';
import { mentionAtPoint, type HitMention } from '@/lib/highlight/hit-test';
import { compareRanges } from '@/lib/highlight/order';
import { createHoverIntent, DEFAULT_DWELL_MS, type CloseReason, type OpenedBy } from '@/lib/hover/intent';
import { stepMention, viewportAnchor, type Direction } from './cycle';
import { cycleTab, deepActiveElement, restoreFocus } from './focus';
import { declaredLanguagesOf, pickCardLanguage, type CardLanguageSetting } from './language';
import { inPageControl, isTouchClick } from './tap';
import type { CardBundle, CardRequest, CardView } from './view-api';

export const OPEN_START_MARK = 'face-facts:card:open-start';
export const OPEN_MEASURE = 'face-facts:card';

/** What the controller needs from the highlight registry (TopicHighlights has it). */
export interface MentionSource {
  findMention(node: Node, offset: number): HitMention | undefined;
  rangesFor(topic: string): Range[];
  /** True when the page holds no mention: the pointer is then not hit-tested. */
  readonly empty: boolean;
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
  /** The topics that have cards (only their ids are read). */
  topics: readonly Pick<ContentTopic, 'id'>[];
  /** Loads the card bundle (lib/card/load-view.ts): never rejects, null if it can't. */
  loadBundle(): Promise<CardBundle | null>;
  settings?: Partial<CardSettings>;
  /** The browser's UI language (`browser.i18n.getUILanguage()`). */
  uiLanguage: () => string;
  /** Opens the timeline on `topic`, from day `from` (YYYY-MM-DD) on if given. */
  openTimeline(topic: string, from?: string): unknown;
  /** "Don't show on this site". */
  pauseSite(): unknown;
}

export interface CardController {
  /**
   * Goes one mention forward or back, among all topics' or only `topic`'s, and
   * opens its card with focus in it: the one path behind the keyboard commands
   * and the popup's rows. Answers the mention's place (1-based; 0 for none).
   */
  step(direction: Direction, topic?: string): { index: number; total: number };
  setSettings(settings: Partial<CardSettings>): void;
  destroy(): void;
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

  /** The card bundle's view, once loaded; `viewLoading` resolves to it (null if it cannot load). */
  let view: CardView | null = null;
  let viewLoading: Promise<CardView | null> | null = null;
  let previousFocus: Element | null = null;
  /** Bumped on every open and close, so a slow first load never shows a stale card. */
  let generation = 0;
  let pointer: { x: number; y: number } | null = null;
  /** Where the last tap that opened a card landed (its line box is the one the card points at). */
  let tapPoint: { x: number; y: number } | null = null;
  /** The last pointerdown's pointer type, for browsers whose clicks carry none. */
  let lastDownType: string | null = null;
  let frame = 0;

  const intent = createHoverIntent<HitMention>({
    dwellMs: settings.hoverDelayMs,
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    same: (a, b) => a.range === b.range,
    onDwell: (mention) => {
      if (mention) void prepare(mention);
      else view?.discard();
    },
    onOpen: (mention, by) => void show(mention, by),
    onClose: (_mention, reason, by) => hide(reason, by),
    onScrollSettled: () => {
      if (pointer && intent.openedBy !== 'keyboard') scheduleHitTest();
    },
  });

  const focusInCard = () => view !== null && document.activeElement === view.host;

  function ensureView(): Promise<CardView | null> {
    viewLoading ??= options
      .loadBundle()
      .then((bundle) =>
        bundle?.createCardView(ctx, {
          onPointerEnter: () => intent.cardEnter(),
          onPointerLeave: () => intent.cardLeave(),
          onClose: () => intent.dismiss(),
          onTimeline: (topic, from) => {
            options.openTimeline(topic, from);
            intent.dismiss();
          },
          onPauseSite: () => {
            options.pauseSite();
            intent.dismiss();
          },
        }),
      )
      .then(
        (created) => {
          if (created && !ctx.isValid) created.destroy();
          else view = created ?? null;
          return view;
        },
        () => null,
      );
    return viewLoading;
  }

  function requestFor(mention: HitMention, by: OpenedBy): CardRequest {
    const declared = declaredLanguagesOf(mention.range.startContainer);
    const lang = pickCardLanguage(settings.cardLanguage, { ...declared, browser: options.uiLanguage() });
    return { topic: mention.topic, range: mention.range, lang, pointer: by === 'pointer' ? pointer : by === 'touch' ? tapPoint : null };
  }

  /** A dwell started on `mention`: load the bundle and render its card hidden, ready to show. */
  async function prepare(mention: HitMention) {
    if (!settings.active || !topics.has(mention.topic)) return;
    const current = view ?? (await ensureView());
    if (current && intent.dwelling === mention && settings.active) current.prepare(requestFor(mention, 'pointer'));
  }

  async function show(mention: HitMention, by: OpenedBy) {
    if (!topics.has(mention.topic)) return;
    const mine = ++generation;
    performance.mark(OPEN_START_MARK);
    if (by !== 'pointer' && !focusInCard()) previousFocus = deepActiveElement();
    const current = view ?? (await ensureView());
    if (mine !== generation) return;
    // The bundle could not load (e.g. the extension was updated): no card, quietly.
    const card = current?.show(requestFor(mention, by));
    if (!card) {
      intent.dismiss();
      return;
    }
    // Opened on purpose (a command, a tap): focus goes to the dialog's name.
    if (by !== 'pointer') card.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    // Measured once the frame with the card has been painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (mine === generation && ctx.isValid) performance.measure(OPEN_MEASURE, OPEN_START_MARK);
      }, 0),
    );
  }

  function hide(reason: CloseReason, by: OpenedBy) {
    if (reason === 'replace') return;
    generation++;
    const hadFocus = focusInCard();
    view?.hide();
    if (by === 'keyboard' || hadFocus) restoreFocus(previousFocus);
    previousFocus = null;
    // A dwell that ran under the closing card can now have its card ready.
    const next = intent.dwelling;
    if (next) void prepare(next);
  }

  function hitTest() {
    frame = 0;
    if (!pointer || intent.onCard || !settings.active) return;
    const hit = mentionAtPoint(document, pointer.x, pointer.y, mentions);
    if (hit) intent.pointerOn(hit);
    else intent.pointerOff();
  }

  function scheduleHitTest() {
    // A page with nothing to show asks for no frame and reads no layout while the pointer moves.
    if (frame === 0 && (!mentions.empty || intent.shown || intent.dwelling)) frame = requestAnimationFrame(hitTest);
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
      if (view && event.target === view.host) return;
      // Off the card, whether or not its pointerleave came.
      if (intent.onCard) intent.cardLeave();
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
  const onCard = (event: Event) => view !== null && event.composedPath().includes(view.host);
  ctx.addEventListener(
    document,
    'pointerdown',
    (event: PointerEvent) => {
      lastDownType = event.pointerType;
      // A finger's tap is judged at its click: a pointerdown may start a scroll.
      if (event.pointerType !== 'touch' && intent.shown && !onCard(event)) intent.dismiss();
    },
    { capture: true, passive: true },
  );
  // A tap is a click from a finger: none comes after a scroll or a long press.
  ctx.addEventListener(
    document,
    'click',
    (event: MouseEvent) => {
      if (!isTouchClick(event, lastDownType) || !settings.active || onCard(event)) return;
      const hit = mentionAtPoint(document, event.clientX, event.clientY, mentions);
      // On a link or a button, the page's action wins: no card, and an open one closes.
      const target = hit && !inPageControl(event.target, hit.range.startContainer) ? hit : null;
      if (target) tapPoint = { x: event.clientX, y: event.clientY };
      intent.tap(target);
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event: KeyboardEvent) => {
      if (!intent.shown) return;
      const card = view?.card;
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

  /** Scrolls `mention` to the middle of the viewport and opens its card with focus in it. */
  function reveal(mention: HitMention): void {
    if (!topics.has(mention.topic) || settings.topics?.has(mention.topic) === false) return;
    scrollToMention(mention.range);
    intent.openNow(mention);
  }

  const controller: CardController = {
    step(direction, topic) {
      if (!settings.active) return { index: 0, total: 0 };
      const all = allMentions().filter((mention) => topic === undefined || mention.topic === topic);
      if (all.length === 0) return { index: 0, total: 0 };
      const shown = intent.shown;
      const current = shown ? all.findIndex((m) => m.range === shown.range) : -1;
      const anchor =
        current >= 0
          ? -1
          : viewportAnchor(
              all.map((m) => m.range.getBoundingClientRect()),
              window.innerHeight,
              direction,
            );
      const at = stepMention(all.length, current, direction, anchor);
      reveal(all[at]!);
      return { index: at + 1, total: all.length };
    },
    setSettings(next) {
      settings = { ...settings, ...next };
      intent.setDwell(settings.hoverDelayMs);
      const shown = intent.shown;
      if (!settings.active || (shown && settings.topics?.has(shown.topic) === false)) intent.dismiss();
    },
    destroy() {
      const by = intent.openedBy ?? 'pointer';
      intent.destroy();
      hide('dismiss', by);
      if (frame !== 0) cancelAnimationFrame(frame);
      view?.destroy();
    },
  };
  ctx.onInvalidated(() => controller.destroy());
  return controller;
}
