/**
 * Which mentions are on this page right now?
 *
 * Keeps the page's mentions in step with its text: one sliced full scan at the
 * start, then, per batch of mutations, a rescan of only the blocks that changed.
 * Each block's mentions are recorded, so that a rescan replaces just its ranges.
 */
import type { Matcher } from '@/lib/match';
import { collectRuns, type Owner, type Run } from './blocks';
import { ChangeTracker } from './observe';
import { rangeFor } from './ranges';
import { runSliced, yieldToPage } from './schedule';
import { isInSkipped } from './skip';

/** Where found mentions go (the highlight registry, or a test double). */
export interface MentionSink {
  add(topic: string, range: Range): void;
  remove(topic: string, range: Range): void;
  clear(): void;
  /** Paints what changed since the last flush (painting costs a frame's work, so it is batched). */
  flush(): void;
}

export interface FoundMention {
  topic: string;
  range: Range;
}

export interface ScannerOptions {
  document: Document;
  matcher: Matcher;
  sink: MentionSink;
  /** Called for each open shadow root found (for example to adopt the highlight stylesheet). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called after each scan or batch that may have changed the mentions. */
  onChange?: () => void;
  /** Schedules a batch; defaults to the next animation frame (or 100 ms when frames are paused). */
  schedule?: (run: () => void) => void;
}

/** How often a full scan restarts when the page keeps pulling its place away. */
const MAX_RESTARTS = 3;

/**
 * Each paint of changed highlights makes Chromium repaint the whole page (about
 * 40 ms on a 9 MB page, whatever the number of ranges). A long scan paints what it
 * found first after FIRST_PAINT_MS, then at doubling intervals up to
 * MAX_PAINT_GAP_MS, and at its end: highlights still arrive progressively, in a
 * handful of repaints instead of one per frame.
 */
export const FIRST_PAINT_MS = 250;
export const MAX_PAINT_GAP_MS = 2000;

/**
 * Batches of changes run at most this often: a page that rewrites its text every
 * few milliseconds gets its highlights updated four times a second, not on every frame.
 */
export const BATCH_GAP_MS = 250;

/** When should a scan started at `start` paint next? First after FIRST_PAINT_MS, then at doubling gaps. */
export function paintPacer(start: number) {
  let gap = FIRST_PAINT_MS;
  let next = start + gap;
  return {
    due: (now: number) => now >= next,
    painted(now: number) {
      gap = Math.min(gap * 2, MAX_PAINT_GAP_MS);
      next = now + gap;
    },
  };
}

function nextFrame(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
  setTimeout(once, 100);
}

export class PageScanner {
  private readonly doc: Document;
  private matcher: Matcher;
  private readonly tracker: ChangeTracker;
  private readonly records = new Map<Owner, FoundMention[]>();
  private readonly shadowRoots = new WeakSet<ShadowRoot>();
  private generation = 0;
  private stopped = true;
  private scheduled = false;
  private lastBatch = Number.NEGATIVE_INFINITY;
  private busy: Promise<void> = Promise.resolve();

  constructor(private readonly options: ScannerOptions) {
    this.doc = options.document;
    this.matcher = options.matcher;
    this.tracker = new ChangeTracker({
      onDirty: () => this.scheduleBatch(),
      onShadowRoot: (root) => this.meetShadowRoot(root, false),
    });
  }

  /** Observes the page and scans it in full (sliced); resolves when the first scan is done. */
  start(): Promise<void> {
    this.stopped = false;
    this.tracker.observe(this.doc);
    return this.enqueue(() => this.fullScan());
  }

  /** Stops observing and removes every mention. */
  stop(): void {
    this.stopped = true;
    this.generation++;
    this.tracker.disconnect();
    this.records.clear();
    this.options.sink.clear();
    this.options.sink.flush();
  }

  /** Swaps the matcher (for example when topics are switched off) and rescans everything. */
  setMatcher(matcher: Matcher): Promise<void> {
    this.matcher = matcher;
    return this.enqueue(() => this.fullScan());
  }

  /** Resolves once no scan or batch is running or waiting. */
  async settled(): Promise<void> {
    for (;;) {
      const current = this.busy;
      await current;
      if (current === this.busy && !this.scheduled && !this.tracker.pending) return;
      if (!this.scheduled && this.tracker.pending) this.scheduleBatch();
      await yieldToPage();
    }
  }

  /** Every mention found, block by block. */
  mentions(): FoundMention[] {
    return [...this.records.values()].flat();
  }

  /** Number of mentions per topic. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const list of this.records.values()) {
      for (const { topic } of list) counts[topic] = (counts[topic] ?? 0) + 1;
    }
    return counts;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.busy.then(work).then(
      () => this.options.onChange?.(),
      (error: unknown) => {
        // A scan must never break the page; report through the console only in development.
        if (import.meta.env?.DEV) console.warn('face-facts: scan failed', error);
      },
    );
    this.busy = next;
    return next;
  }

  private scheduleBatch(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    const schedule = this.options.schedule ?? nextFrame;
    const run = () => {
      this.scheduled = false;
      this.lastBatch = performance.now();
      if (!this.stopped) void this.enqueue(() => this.batch());
    };
    const wait = this.lastBatch + BATCH_GAP_MS - performance.now();
    if (wait > 0) setTimeout(() => schedule(run), wait);
    else schedule(run);
  }

  private meetShadowRoot(root: ShadowRoot, scanned: boolean): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.options.onShadowRoot?.(root);
    this.tracker.observe(root);
    if (!scanned) this.tracker.mark(root);
  }

  private dropRecord(owner: Owner): void {
    const list = this.records.get(owner);
    if (!list) return;
    this.records.delete(owner);
    for (const { topic, range } of list) this.options.sink.remove(topic, range);
  }

  private handleRun(run: Run): void {
    const found = this.matcher.match(run.text);
    if (found.length === 0) return;
    let list = this.records.get(run.owner);
    if (!list) {
      list = [];
      this.records.set(run.owner, list);
    }
    for (const mention of found) {
      const range = rangeFor(run, mention.start, mention.end, this.doc);
      list.push({ topic: mention.topic, range });
      this.options.sink.add(mention.topic, range);
    }
  }

  private async fullScan(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const generation = ++this.generation;
      this.records.clear();
      this.options.sink.clear();
      this.tracker.take();
      const root = this.doc.body ?? this.doc.documentElement;
      if (!root || this.doc.designMode === 'on') return;
      const runs = collectRuns(root, { nested: true, onShadowRoot: (shadow) => this.meetShadowRoot(shadow, true) });
      let last: Text | undefined;
      let lost = false;
      const pacer = paintPacer(performance.now());
      const finished = await runSliced(
        () => {
          // After yielding, the page may have removed the node the walk stood on.
          if (last && !last.isConnected) {
            lost = true;
            return false;
          }
          const next = runs.next();
          if (next.done) return false;
          this.handleRun(next.value);
          last = next.value.nodes[next.value.nodes.length - 1];
          return true;
        },
        () => this.stopped || generation !== this.generation,
        () => {
          if (!pacer.due(performance.now())) return;
          this.options.sink.flush();
          pacer.painted(performance.now());
        },
      );
      if (finished) this.options.sink.flush();
      if (!finished || !lost || attempt >= MAX_RESTARTS) return;
    }
  }

  private async batch(): Promise<void> {
    const dirt = this.tracker.take();
    if (dirt.full) {
      await this.fullScan();
      return;
    }
    if (dirt.stale) {
      for (const owner of [...this.records.keys()]) {
        if (!owner.isConnected || isInSkipped(owner)) this.dropRecord(owner);
      }
    }
    const queue = [...dirt.owners];
    const generation = this.generation;
    await runSliced(
      () => {
        const owner = queue.pop();
        if (!owner) return false;
        this.dropRecord(owner);
        if (owner.isConnected && !isInSkipped(owner)) {
          for (const run of collectRuns(owner, { onShadowRoot: (shadow) => this.meetShadowRoot(shadow, false) })) {
            this.handleRun(run);
          }
        }
        return true;
      },
      () => this.stopped || generation !== this.generation,
    );
    this.options.sink.flush();
  }
}
