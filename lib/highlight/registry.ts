/**
 * Which ranges are highlighted for each topic, and which mention is at a point?
 *
 * One Highlight per topic, registered in the document's highlight registry under
 * its public name and, unless the style is `none`, under the style-specific name
 * the manifest stylesheet paints. No element is added to the page.
 *
 * Changes are painted in batches: `add`, `remove` and `clear` update this
 * world's record at once (lookups and counts see them), and `flush()` hands
 * them to the registered Highlights. Each change to a registered Highlight
 * makes Chromium re-validate every highlight marker in the next frame, so a
 * scan that added ranges slice by slice paid that on every frame: about half
 * of its time (docs/performance.md, "Paint highlights in batches").
 */
import { colorSlot, publicName, styledName, type HighlightStyle } from './names';
import { compareRanges } from './order';

/** The part of `Highlight` this module uses (a Set of ranges). */
export interface RangeSet extends Iterable<AbstractRange> {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
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
}

export interface HighlightedMention {
  topic: string;
  range: Range;
}

interface Entry {
  highlight: RangeSet;
  /**
   * The same ranges in a Set of this world: Firefox content scripts cannot
   * iterate a Highlight (an Xray wrapper), so lookups read this one.
   */
  ranges: Set<Range>;
  /** Changes not yet handed to `highlight` (see `flush`). */
  adding: Set<Range>;
  removing: Set<Range>;
  /** `highlight` must be emptied before the pending changes are applied. */
  cleared: boolean;
  slot: number;
  registered: string[];
}

/** A boundary point's largest offset in `node` (DOM "length"). */
function nodeLength(node: Node): number {
  const data = (node as Partial<CharacterData>).data;
  return typeof data === 'string' ? data.length : node.childNodes.length;
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

  constructor(options: TopicHighlightsOptions) {
    this.registry = options.registry ?? defaultRegistry();
    this.style = options.style;
    const create = options.createHighlight ?? defaultHighlight;
    options.topics.forEach((topic, index) => {
      this.entries.set(topic, {
        highlight: create(),
        ranges: new Set(),
        adding: new Set(),
        removing: new Set(),
        cleared: false,
        slot: colorSlot(index),
        registered: [],
      });
    });
  }

  /** Records a range; it is painted at the next `flush()`. */
  add(topic: string, range: Range): void {
    const entry = this.entries.get(topic);
    if (!entry || entry.ranges.has(range)) return;
    entry.ranges.add(range);
    if (!entry.removing.delete(range)) entry.adding.add(range);
  }

  /** Forgets a range; it is unpainted at the next `flush()`. */
  remove(topic: string, range: Range): void {
    const entry = this.entries.get(topic);
    if (!entry?.ranges.delete(range)) return;
    if (!entry.adding.delete(range)) entry.removing.add(range);
  }

  /** Forgets every range (names stay registered); unpainted at the next `flush()`. */
  clear(): void {
    for (const entry of this.entries.values()) {
      entry.ranges.clear();
      entry.adding.clear();
      entry.removing.clear();
      entry.cleared = true;
    }
  }

  /** Paints every recorded change: one batch of changes to the registered Highlights. */
  flush(): void {
    for (const [topic, entry] of this.entries) {
      const { highlight } = entry;
      if (entry.cleared && highlight.size > 0) highlight.clear();
      for (const range of entry.removing) highlight.delete(range);
      for (const range of entry.adding) highlight.add(range);
      entry.cleared = false;
      entry.removing.clear();
      entry.adding.clear();
      if (entry.registered.length === 0 && entry.ranges.size > 0) this.register(topic, entry);
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

  /** Removes every range and every name from the registry, at once. */
  dispose(): void {
    this.clear();
    for (const entry of this.entries.values()) {
      entry.highlight.clear();
      entry.cleared = false;
      this.unregister(entry);
    }
  }

  /** The topic's highlighted ranges in document order. */
  rangesFor(topic: string): Range[] {
    const entry = this.entries.get(topic);
    return entry ? [...entry.ranges].sort(compareRanges) : [];
  }

  /** Number of highlighted ranges per topic (topics with none are left out). */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [topic, entry] of this.entries) if (entry.ranges.size > 0) counts[topic] = entry.ranges.size;
    return counts;
  }

  /**
   * The mention at a point (a node and an offset, as from `caretPositionFromPoint`),
   * or at the start of a range. The end of a mention is not inside it.
   */
  findMention(target: Node | AbstractRange, offset = 0): HighlightedMention | undefined {
    const node = target instanceof Node ? target : target.startContainer;
    const at = target instanceof Node ? offset : target.startOffset;
    // A caret over a textarea or input points into its value, past its
    // children: no mention there, and isPointInRange would throw.
    if (at < 0 || at > nodeLength(node)) return undefined;
    for (const [topic, entry] of this.entries) {
      for (const range of entry.ranges) {
        if (range.collapsed || !range.isPointInRange(node, at)) continue;
        if (range.endContainer === node && range.endOffset === at) continue;
        return { topic, range };
      }
    }
    return undefined;
  }

  private register(topic: string, entry: Entry): void {
    this.unregister(entry);
    const names = [publicName(topic)];
    const styled = styledName(this.style, entry.slot);
    if (styled) names.push(styled);
    for (const name of names) this.registry.set(name, entry.highlight);
    entry.registered = names;
  }

  private unregister(entry: Entry): void {
    for (const name of entry.registered) {
      if (this.registry.get(name) === entry.highlight) this.registry.delete(name);
    }
    entry.registered = [];
  }
}
