/**
 * Which blocks changed since the last scan?
 *
 * Turns mutation records into a set of dirty owners (blocks whose own runs must be
 * collected again), a flag saying that existing records may be stale (something
 * was removed or hidden), or, when a batch is too large to handle piecemeal, a
 * request for one full rescan. The extension's own UI host never makes anything dirty.
 */
import { ownerOf, ownersIn, type Owner } from './blocks';
import { OWN_UI_TAG, isInSkipped } from './skip';

/** Above this many dirty blocks a batch falls back to one full rescan. */
export const MAX_DIRTY = 500;

export interface Dirt {
  owners: Set<Owner>;
  /** Content was removed or hidden: records of owners no longer in the page must go. */
  stale: boolean;
  /** Too much changed: rescan everything. */
  full: boolean;
}

const OPTIONS: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['hidden', 'contenteditable'],
};

/** Whether every node of the list is text (no element comes or goes). */
function onlyText(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType !== Node.TEXT_NODE) return false;
  return true;
}

function isOwnUi(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === OWN_UI_TAG;
}

export interface TrackerOptions {
  /** Called whenever new dirt arrives (the caller batches). */
  onDirty: () => void;
  /** Called for each open shadow root found in added content. */
  onShadowRoot?: (root: ShadowRoot) => void;
  maxDirty?: number;
}

/** Watches a document and its open shadow roots, accumulating dirt until `take()`. */
export class ChangeTracker {
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  private dirt: Dirt = { owners: new Set(), stale: false, full: false };
  /**
   * The node whose block was last made dirty, until the dirt is taken. A page
   * that rewrites one paragraph every few milliseconds sends a record each
   * time; the ones that only swap its text are known dirt, and cost no walk.
   */
  private lastTarget: Node | null = null;

  constructor(private readonly options: TrackerOptions) {
    this.observer = new MutationObserver((records) => this.absorb(records));
  }

  /** Starts watching `root` (a document or an open shadow root) once. */
  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OPTIONS);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.dirt = { owners: new Set(), stale: false, full: false };
    this.lastTarget = null;
  }

  /** Whether some dirt waits to be taken. */
  get pending(): boolean {
    return this.dirt.full || this.dirt.stale || this.dirt.owners.size > 0;
  }

  /** Processes records still queued in the observer, then hands over and resets the dirt. */
  take(): Dirt {
    this.absorb(this.observer.takeRecords());
    const dirt = this.dirt;
    this.dirt = { owners: new Set(), stale: false, full: false };
    this.lastTarget = null;
    return dirt;
  }

  /** Marks a block and every block inside it dirty (for example, a shadow root found late). */
  mark(owner: Owner): void {
    this.addOwner(owner);
    this.addAll(owner);
    this.options.onDirty();
  }

  private addOwner(owner: Owner | undefined): void {
    if (!owner || this.dirt.full) return;
    this.dirt.owners.add(owner);
    if (this.dirt.owners.size > (this.options.maxDirty ?? MAX_DIRTY)) this.goFull();
  }

  private goFull(): void {
    this.dirt.full = true;
    this.dirt.owners.clear();
  }

  /** Turns mutation records into dirt. */
  absorb(records: readonly MutationRecord[]): void {
    let changed = false;
    for (const record of records) {
      if (this.dirt.full) break;
      if (record.type === 'childList') {
        if (!this.absorbChildList(record)) continue;
      } else {
        const target = record.target;
        if (!target.isConnected) continue;
        if (record.type === 'attributes') {
          // `hidden` or `contenteditable` toggled: the element's text appears or goes.
          this.dirt.stale = true;
          const element = target as Element;
          const parent = element.parentNode;
          if (parent && !isInSkipped(parent)) this.addOwner(ownerOf(parent));
          if (!isInSkipped(element)) this.addAll(element);
        } else if (target !== this.lastTarget) {
          if (isInSkipped(target)) continue;
          this.addOwner(ownerOf(target));
          this.lastTarget = target;
        }
      }
      changed = true;
    }
    if (changed) this.options.onDirty();
  }

  /** Returns whether the record changed anything the scanner cares about. */
  private absorbChildList(record: MutationRecord): boolean {
    const { addedNodes, removedNodes, target } = record;
    if (target === this.lastTarget && onlyText(addedNodes) && onlyText(removedNodes)) return true;
    const moved = [...addedNodes, ...removedNodes];
    if (moved.length > 0 && moved.every(isOwnUi)) return false;
    // A removed element may take recorded blocks with it; a removed text node's
    // block is the target's, which is rescanned below anyway.
    for (const node of removedNodes) {
      if (node.nodeType === 1) {
        this.dirt.stale = true;
        break;
      }
    }
    if (!target.isConnected || isInSkipped(target)) return removedNodes.length > 0;
    this.addOwner(ownerOf(target));
    this.lastTarget = target;
    for (const node of addedNodes) {
      if (node.nodeType === 1 && node.isConnected) this.addAll(node);
    }
    return true;
  }

  private addAll(node: Node): void {
    const limit = (this.options.maxDirty ?? MAX_DIRTY) - this.dirt.owners.size;
    const owners = ownersIn(node, this.options.onShadowRoot, limit);
    if (!owners) {
      this.goFull();
      return;
    }
    for (const owner of owners) this.addOwner(owner);
  }
}
