/**
 * How are each topic's mentions painted?
 *
 * One Highlight per topic, registered in the document's highlight registry under
 * its public name and, unless the style is `none`, under the style-specific name
 * the manifest stylesheet paints. No element is added to the page. This module
 * only paints: which mentions exist is detection's index (lib/dom/mention-index.ts).
 *
 * Changes are painted in batches: `add`, `remove` and `clear` are queued, and
 * `flush()` hands them to the Highlights. Each change to a registered Highlight
 * makes Chromium re-validate every highlight marker in the next frame, so a
 * scan that added ranges one by one would pay that again and again.
 * A topic switched off keeps its ranges in its Highlight and is only taken out
 * of the registry, so switching it back on repaints without a rescan.
 *
 * While the page keeps changing, only the mentions near the viewport are
 * registered (`scopeTo`): after each change to the DOM or to styles, Chromium
 * rebuilds the marker of every registered range in the next frame, so on a
 * page that changes every frame each range costs every frame, wherever it is
 * (docs/performance.md, "What a registered range costs a changing page"). Each
 * topic then registers a second Highlight, holding the subset of its ranges
 * that `NearScope` reports near; its full Highlight waits aside, unchanged.
 * The registry never iterates a Highlight (Firefox's Xray wrappers refuse it):
 * the ranges to sort come from detection's index.
 */
import { colorSlot, publicName, styledName, type HighlightStyle } from './names';
import type { NearScope } from './near-viewport';

/** The part of `Highlight` this module uses (a Set of ranges). */
export interface RangeSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
}

/** The part of `CSS.highlights` this module uses. */
export interface NameRegistry {
  set(name: string, highlight: RangeSet): unknown;
  delete(name: string): boolean;
  get(name: string): unknown;
}

export interface TopicHighlightsOptions {
  /** Every topic id in dataset order: the order decides each topic's colour. */
  topics: readonly string[];
  style: HighlightStyle;
  registry?: NameRegistry;
  createHighlight?: () => RangeSet;
  /** Called after each flush, once the page holds what it paints. */
  onFlush?: () => void;
  /** Every painted range with its topic (detection's index): what a scope sorts into near and far. */
  eachRange?: (visit: (mention: { topic: string; range: Range }) => void) => void;
}

interface Entry {
  /** Every range of the topic. */
  highlight: RangeSet;
  /** While scoped: the ranges near the viewport, registered instead of `highlight` (made on first use). */
  near: RangeSet | null;
  /** How many ranges `highlight` holds once the pending changes are applied. */
  size: number;
  adding: Set<Range>;
  removing: Set<Range>;
  /** `highlight` must be emptied before the pending changes are applied. */
  cleared: boolean;
  slot: number;
  shown: boolean;
  registered: string[];
}

function defaultRegistry(): NameRegistry {
  return CSS.highlights as unknown as NameRegistry;
}

function defaultHighlight(): RangeSet {
  return new Highlight() as unknown as RangeSet;
}

export class TopicHighlights {
  private readonly entries = new Map<string, Entry>();
  private readonly registry: NameRegistry;
  private style: HighlightStyle;
  private readonly onFlush: (() => void) | undefined;
  private readonly eachRange: NonNullable<TopicHighlightsOptions['eachRange']>;
  private scope: NearScope | null = null;
  private readonly create: () => RangeSet;

  constructor(options: TopicHighlightsOptions) {
    this.registry = options.registry ?? defaultRegistry();
    this.onFlush = options.onFlush;
    this.eachRange = options.eachRange ?? (() => undefined);
    this.style = options.style;
    this.create = options.createHighlight ?? defaultHighlight;
    options.topics.forEach((topic, index) => {
      this.entries.set(topic, {
        highlight: this.create(),
        near: null,
        size: 0,
        adding: new Set(),
        removing: new Set(),
        cleared: false,
        slot: colorSlot(index),
        shown: true,
        registered: [],
      });
    });
  }

  /** Queues a range to paint at the next `flush()`. */
  add(topic: string, range: Range): void {
    const entry = this.entries.get(topic);
    if (!entry) return;
    entry.size++;
    if (!entry.removing.delete(range)) entry.adding.add(range);
  }

  /** Queues a range to unpaint at the next `flush()`. */
  remove(topic: string, range: Range): void {
    const entry = this.entries.get(topic);
    if (!entry) return;
    entry.size--;
    if (!entry.adding.delete(range)) entry.removing.add(range);
  }

  /** Queues the removal of every range (names stay registered). */
  clear(): void {
    // Every range goes at the next flush: the scope stops watching them now.
    this.scope?.disconnect();
    for (const entry of this.entries.values()) {
      entry.size = 0;
      entry.adding.clear();
      entry.removing.clear();
      entry.cleared = true;
    }
  }

  /** Paints every queued change: one batch of changes to the Highlights. */
  flush(): void {
    const { scope } = this;
    for (const [topic, entry] of this.entries) {
      const { highlight } = entry;
      const near = scope ? this.nearOf(entry) : null;
      if (entry.cleared) {
        highlight.clear();
        near?.clear();
      }
      for (const range of entry.removing) highlight.delete(range);
      for (const range of entry.adding) highlight.add(range);
      if (scope && near) {
        for (const range of entry.removing) {
          scope.unwatch(range);
          near.delete(range);
        }
        for (const range of entry.adding) {
          scope.watch(range);
          if (scope.isNear(range)) near.add(range);
        }
      }
      entry.cleared = false;
      entry.removing.clear();
      entry.adding.clear();
      if (entry.shown && entry.registered.length === 0 && entry.size > 0) this.register(topic, entry);
    }
    this.onFlush?.();
  }

  /** Shows only the topics `shown` accepts: the others leave the registry, keeping their ranges. */
  setShown(shown: (topic: string) => boolean): void {
    for (const [topic, entry] of this.entries) {
      entry.shown = shown(topic);
      if (!entry.shown) this.unregister(entry);
      else if (entry.registered.length === 0 && entry.size > 0) this.register(topic, entry);
    }
  }

  /** Switches the painted style by re-registering each topic under the other name. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    for (const [topic, entry] of this.entries) {
      if (entry.registered.length > 0) this.register(topic, entry);
    }
  }

  /**
   * Registers only the ranges `scope` reports near the viewport (a scope), or
   * every range again (null). The previous scope is disconnected.
   */
  scopeTo(scope: NearScope | null): void {
    if (scope === this.scope) return;
    // Pending changes first: afterwards every range of the index is in its Highlight, and watched once.
    this.flush();
    this.scope?.disconnect();
    this.scope = scope;
    if (scope) this.eachRange(({ range }) => scope.watch(range));
    this.refreshNear();
    for (const [topic, entry] of this.entries) {
      if (entry.registered.length > 0) this.register(topic, entry);
    }
  }

  /** Sorts the ranges into near and far again, after the scope measured a change (unscoped: holds none near). */
  refreshNear(): void {
    for (const entry of this.entries.values()) entry.near?.clear();
    const { scope } = this;
    if (!scope) return;
    this.eachRange(({ topic, range }) => {
      const entry = this.entries.get(topic);
      if (entry && scope.isNear(range)) this.nearOf(entry).add(range);
    });
  }

  private nearOf(entry: Entry): RangeSet {
    return (entry.near ??= this.create());
  }

  /** Removes every range and every name from the registry, at once. */
  dispose(): void {
    // clear() has disconnected the scope.
    this.clear();
    this.scope = null;
    for (const entry of this.entries.values()) {
      entry.highlight.clear();
      entry.near?.clear();
      entry.cleared = false;
      this.unregister(entry);
    }
  }

  /** The Highlight the registry holds for `entry`: all its ranges, or, while scoped, the near ones. */
  private painted(entry: Entry): RangeSet {
    return this.scope ? this.nearOf(entry) : entry.highlight;
  }

  private register(topic: string, entry: Entry): void {
    this.unregister(entry);
    const names = [publicName(topic)];
    const styled = styledName(this.style, entry.slot);
    if (styled) names.push(styled);
    const painted = this.painted(entry);
    for (const name of names) this.registry.set(name, painted);
    entry.registered = names;
  }

  private unregister(entry: Entry): void {
    for (const name of entry.registered) {
      const held = this.registry.get(name);
      if (held !== undefined && (held === entry.highlight || held === entry.near)) this.registry.delete(name);
    }
    entry.registered = [];
  }
}
