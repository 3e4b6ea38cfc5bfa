/**
 * Which ranges are highlighted for each topic, and which mention is at a point?
 *
 * One Highlight per topic, registered in the document's highlight registry under
 * its public name and, unless the style is `none`, under the style-specific name
 * the manifest stylesheet paints. No element is added to the page.
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
      this.entries.set(topic, { highlight: create(), ranges: new Set(), slot: colorSlot(index), registered: [] });
    });
  }

  add(topic: string, range: Range): void {
    const entry = this.entries.get(topic);
    if (!entry) return;
    entry.highlight.add(range);
    entry.ranges.add(range);
    if (entry.registered.length === 0) this.register(topic, entry);
  }

  remove(topic: string, range: Range): void {
    const entry = this.entries.get(topic);
    entry?.highlight.delete(range);
    entry?.ranges.delete(range);
  }

  /** Removes every range (names stay registered, empty). */
  clear(): void {
    for (const entry of this.entries.values()) {
      entry.highlight.clear();
      entry.ranges.clear();
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

  /** Removes every range and every name from the registry. */
  dispose(): void {
    for (const entry of this.entries.values()) {
      entry.highlight.clear();
      entry.ranges.clear();
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
    for (const [topic, entry] of this.entries) if (entry.highlight.size > 0) counts[topic] = entry.highlight.size;
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
