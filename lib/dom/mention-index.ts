/**
 * Which mentions are on this page, block by block? The one store of them.
 *
 * Detection writes it (a block's mentions are replaced whole when the block is
 * matched again); counts, "next mention" and the hover hit-test read it. The
 * highlight registry only paints what detection hands it.
 */
import { compareRanges } from '@/lib/highlight/order';
import { ownerOf, type Owner } from './blocks';

export interface FoundMention {
  topic: string;
  range: Range;
}

/** Whether a topic is shown (the settings' topic switches). */
export type TopicFilter = (topic: string) => boolean;

const everyTopic: TopicFilter = () => true;

/** A boundary point's largest offset in `node` (DOM "length"). */
function nodeLength(node: Node): number {
  const data = (node as Partial<CharacterData>).data;
  return typeof data === 'string' ? data.length : node.childNodes.length;
}

export class MentionIndex {
  private readonly byOwner = new Map<Owner, FoundMention[]>();
  private shown: TopicFilter = everyTopic;

  /** Which topics the views below report (all, until set). */
  setFilter(shown: TopicFilter): void {
    this.shown = shown;
  }

  set(owner: Owner, mentions: FoundMention[]): void {
    if (mentions.length > 0) this.byOwner.set(owner, mentions);
    else this.byOwner.delete(owner);
  }

  /** Forgets a block's mentions and returns them. */
  take(owner: Owner): FoundMention[] {
    const mentions = this.byOwner.get(owner) ?? [];
    this.byOwner.delete(owner);
    return mentions;
  }

  /** Whether no block holds a mention. */
  get empty(): boolean {
    return this.byOwner.size === 0;
  }

  owners(): Owner[] {
    return [...this.byOwner.keys()];
  }

  clear(): void {
    this.byOwner.clear();
  }

  /** Mentions per shown topic (topics with none are left out). */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const list of this.byOwner.values()) {
      for (const { topic } of list) if (this.shown(topic)) counts[topic] = (counts[topic] ?? 0) + 1;
    }
    return counts;
  }

  /** Visits every mention, of every topic, shown or not, in no particular order. */
  forEach(visit: (mention: FoundMention) => void): void {
    for (const list of this.byOwner.values()) for (const mention of list) visit(mention);
  }

  /** A shown topic's mentions in document order (shadow content sorts at its host). */
  rangesFor(topic: string): Range[] {
    if (!this.shown(topic)) return [];
    const ranges: Range[] = [];
    for (const list of this.byOwner.values()) for (const m of list) if (m.topic === topic) ranges.push(m.range);
    return ranges.sort(compareRanges);
  }

  /**
   * The shown mention at a point (a node and an offset, as from `caretPositionFromPoint`),
   * or at the start of a range: only the block under the point is looked at. The end
   * of a mention is not inside it.
   */
  findMention(target: Node | AbstractRange, offset = 0): FoundMention | undefined {
    const node = target instanceof Node ? target : target.startContainer;
    const at = target instanceof Node ? offset : target.startOffset;
    // A caret over a textarea or input points into its value, past its
    // children: no mention there, and isPointInRange would throw.
    if (at < 0 || at > nodeLength(node)) return undefined;
    const owner = ownerOf(node);
    const list = owner && this.byOwner.get(owner);
    if (!list) return undefined;
    for (const mention of list) {
      const { range } = mention;
      if (!this.shown(mention.topic) || range.collapsed || !range.isPointInRange(node, at)) continue;
      if (range.endContainer === node && range.endOffset === at) continue;
      return mention;
    }
    return undefined;
  }
}
