/**
 * Which mentions are on this page right now?
 *
 * Find, then locate: a first pass reads each tree's text once and flags the few
 * text nodes where a candidate key ends (find.ts); only their blocks are then
 * collected and matched exactly, with their computed styles (blocks.ts). Open
 * shadow roots are discovered at idle, off the critical path (shadow-roots.ts).
 * Afterwards, per batch of mutations, only the blocks that changed are looked
 * at again. The mentions live in one index, block by block (mention-index.ts);
 * the painter only paints them.
 */
import type { Matcher } from '@/lib/match';
import { collectRuns, ownerOf, type Owner } from './blocks';
import { findCandidates, type CandidateSource } from './find';
import type { FoundMention, MentionIndex } from './mention-index';
import { ChangeTracker, type Dirt } from './observe';
import { rangeFor } from './ranges';
import { runSliced, yieldToPage } from './schedule';
import { discoverShadowRoots } from './shadow-roots';
import { isInSkipped } from './skip';

/** What paints the mentions (the highlight registry, or a test double). */
export interface Painter {
  add(topic: string, range: Range): void;
  remove(topic: string, range: Range): void;
  clear(): void;
  /** Paints what changed since the last flush (painting costs a frame's work, so it is batched). */
  flush(): void;
}

export interface ScannerOptions {
  document: Document;
  /** The candidate search (lib/find): where it runs and with which keys. */
  candidates: CandidateSource;
  /** The exact matcher; built only when a page has a candidate. */
  matcher: () => Matcher;
  index: MentionIndex;
  painter: Painter;
  /** Called for each open shadow root found (for example to adopt the highlight stylesheet). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called after each scan or batch that may have changed the mentions. */
  onChange?: () => void;
  /** Called after each batch of the page's own changes has been handled. */
  onBatch?: () => void;
  /** Schedules a batch; defaults to the next animation frame (or 100 ms when frames are paused). */
  schedule?: (run: () => void) => void;
  /**
   * Whether the page may be worked on. Find only reads, so it starts at once;
   * nothing is matched or painted before this resolves to true. Granted when omitted.
   */
  permit?: Promise<boolean>;
}

/** Up to this many candidate blocks in a slice are matched without compiling the matcher first (`warm`). */
const FEW_BLOCKS = 8;

/** One-byte and two-byte text (most pages hold some text above U+00FF: ’ “ —). */
const WARM_SAMPLES = ['IBM ACLU Rekognition', 'IBM ACLU Rekognition\u2019'];

/** How often a full scan restarts when the page keeps pulling its place away. */
const MAX_RESTARTS = 3;

/**
 * Each paint of changed highlights makes Chromium repaint the whole page (about
 * 40 ms on a 9 MB page, whatever the number of ranges). A long scan paints what it
 * found first after FIRST_PAINT_MS, then at doubling intervals up to
 * MAX_PAINT_GAP_MS, and at its end: highlights still arrive progressively, in a
 * handful of repaints instead of one per frame.
 */
export const FIRST_PAINT_MS = 125;
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

/** The blocks that hold `nodes`, once each, in order; none inside a skipped region. */
function ownersOf(nodes: readonly Text[]): Owner[] {
  const owners = new Set<Owner>();
  for (const node of nodes) {
    const owner = ownerOf(node);
    if (owner && !owners.has(owner) && !isInSkipped(owner)) owners.add(owner);
  }
  return [...owners];
}

export class PageScanner {
  private readonly doc: Document;
  private readonly tracker: ChangeTracker;
  private readonly index: MentionIndex;
  private readonly painter: Painter;
  /** Open shadow roots met so far (each is found, observed and styled once). */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private matcher: Matcher | null = null;
  private generation = 0;
  private stopped = true;
  private scheduled = false;
  private lastBatch = Number.NEGATIVE_INFINITY;
  private busy: Promise<void> = Promise.resolve();
  /** The search for shadow roots at idle (it runs beside the batches, not before them). */
  private discovering: Promise<void> = Promise.resolve();
  private met = false;
  private warmed = false;

  constructor(private readonly options: ScannerOptions) {
    this.doc = options.document;
    this.index = options.index;
    this.painter = options.painter;
    this.tracker = new ChangeTracker({
      onDirty: () => this.scheduleBatch(),
      onShadowRoot: (root) => void this.meetShadowRoot(root),
    });
  }

  /**
   * Whether the last full scan met a candidate. A scan that met none has
   * nothing to match or paint: it is done as soon as find has read the page,
   * whatever the permit says.
   */
  get metCandidates(): boolean {
    return this.met;
  }

  /**
   * Observes the page and scans it (find, then locate); resolves when the
   * document's first scan is done: painted once permitted, or, when it met no
   * candidate, as soon as find has read the page.
   */
  start(): Promise<void> {
    this.stopped = false;
    this.tracker.observe(this.doc);
    const first = this.enqueue(() => this.fullScan());
    // Shadow roots are looked for once the page's own text is done, at idle.
    this.discovering = first.then(async () => {
      if (await this.permitted()) await this.discover(this.doc.body ?? this.doc.documentElement);
    });
    return first;
  }

  /** Stops observing and removes every mention. */
  stop(): void {
    this.stopped = true;
    this.generation++;
    this.tracker.disconnect();
    this.index.clear();
    this.painter.clear();
    this.painter.flush();
  }

  /** Resolves once no scan, search for shadow roots or batch is running or waiting. */
  async settled(): Promise<void> {
    for (;;) {
      const current = this.busy;
      const discovering = this.discovering;
      await discovering;
      await current;
      if (current === this.busy && discovering === this.discovering && !this.scheduled && !this.tracker.pending) return;
      if (!this.scheduled && this.tracker.pending) this.scheduleBatch();
      await yieldToPage();
    }
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

  private cancelledSince(generation: number): () => boolean {
    return () => this.stopped || generation !== this.generation;
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

  /** A shadow root seen for the first time: styled, observed, and its blocks matched at the next batch. */
  private async meetShadowRoot(root: ShadowRoot): Promise<void> {
    if (!(await this.permitted()) || this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.options.onShadowRoot?.(root);
    this.tracker.observe(root);
    this.tracker.mark(root);
  }

  /** Whether the page may be matched and painted (waits for the permit). */
  private async permitted(): Promise<boolean> {
    return (await (this.options.permit ?? true)) && !this.stopped;
  }

  private exactMatcher(): Matcher {
    return (this.matcher ??= this.options.matcher());
  }

  private dropOwner(owner: Owner): void {
    for (const { topic, range } of this.index.take(owner)) this.painter.remove(topic, range);
  }

  /** Matches a block's own runs exactly (with its styles) and records what it holds. */
  private matchOwner(owner: Owner, matcher: Matcher): void {
    const found: FoundMention[] = [];
    for (const run of collectRuns(owner, { styled: true })) {
      for (const mention of matcher.match(run.text)) {
        const range = rangeFor(run, mention.start, mention.end, this.doc);
        found.push({ topic: mention.topic, range });
        this.painter.add(mention.topic, range);
      }
    }
    this.index.set(owner, found);
  }

  /** Whether a block's own text holds a candidate (the cheap test before matching it). */
  private hasCandidate(owner: Owner): boolean {
    return this.options.candidates.test(Array.from(collectRuns(owner), (run) => run.text));
  }

  /**
   * Finds and matches one tree (the document's body or a shadow root): each slice
   * of find hands over its candidate blocks, which are matched at once, and what
   * is found is painted as the pacer allows. False when the walk lost its place.
   */
  private async scanTree(root: Node, generation: number): Promise<boolean> {
    const cancelled = this.cancelledSince(generation);
    const seen = new Set<Owner>();
    const pacer = paintPacer(performance.now());
    const end = await findCandidates(root, this.options.candidates, cancelled, async (nodes) => {
      const owners = ownersOf(nodes).filter((owner) => !seen.has(owner));
      if (owners.length === 0) return;
      this.met = true;
      for (const owner of owners) seen.add(owner);
      if (!(await this.permitted())) return;
      const matcher = this.exactMatcher();
      if (owners.length > FEW_BLOCKS) await this.warm(matcher);
      let next = 0;
      await runSliced(
        () => {
          const owner = owners[next++];
          if (!owner) return false;
          if (owner.isConnected) this.matchOwner(owner, matcher);
          return true;
        },
        cancelled,
        () => this.paintIfDue(pacer),
      );
      this.paintIfDue(pacer);
    });
    return end !== 'lost';
  }

  /**
   * Compiles the matcher's regular expressions, each in a task of its own, before many blocks
   * are matched. V8 compiles a regex once for one-byte and once for two-byte text (6–12 ms
   * each), and the first block's computed styles make Chromium style the whole page: in one
   * task with a slice of matching, they came near 50 ms on the 4× page. A page with a few
   * candidate blocks compiles only what its blocks need, as it matches them.
   */
  private async warm(matcher: Matcher): Promise<void> {
    if (this.warmed) return;
    this.warmed = true;
    for (const sample of WARM_SAMPLES) {
      await yieldToPage();
      matcher.match(sample);
    }
  }

  private paintIfDue(pacer: ReturnType<typeof paintPacer>): void {
    if (!pacer.due(performance.now())) return;
    this.painter.flush();
    pacer.painted(performance.now());
  }

  /** Scans the document and every shadow root known so far, from scratch. */
  private async fullScan(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const generation = ++this.generation;
      this.met = false;
      this.index.clear();
      this.painter.clear();
      this.tracker.take();
      const root = this.doc.body ?? this.doc.documentElement;
      if (!root || this.doc.designMode === 'on') return;
      let kept = await this.scanTree(root, generation);
      for (const shadow of [...this.shadowRoots]) {
        if (!kept || generation !== this.generation) break;
        if (shadow.host.isConnected) kept = await this.scanTree(shadow, generation);
        else this.shadowRoots.delete(shadow);
      }
      if (generation !== this.generation) return;
      if (this.met) {
        if (!(await this.permitted())) return;
        this.painter.flush();
      } else {
        // Nothing to paint: the scan is done. What it cleared is handed over once the page is on.
        void this.permitted().then((on) => {
          if (on && generation === this.generation) this.painter.flush();
        });
      }
      if (kept || attempt >= MAX_RESTARTS) return;
    }
  }

  /** Looks for open shadow roots under `root` at idle; scans each one found, and looks inside it too. */
  private async discover(root: Node | null): Promise<void> {
    const queue: Node[] = root ? [root] : [];
    while (queue.length > 0 && !this.stopped) {
      const found = await discoverShadowRoots(queue.shift()!, () => this.stopped);
      for (const shadow of found) {
        if (this.stopped || this.shadowRoots.has(shadow)) continue;
        this.shadowRoots.add(shadow);
        this.options.onShadowRoot?.(shadow);
        this.tracker.observe(shadow);
        await this.enqueue(async () => {
          await this.scanTree(shadow, this.generation);
          this.painter.flush();
        });
        queue.push(shadow);
      }
    }
  }

  private async batch(): Promise<void> {
    if (!(await this.permitted())) return;
    const dirt = this.tracker.take();
    if (dirt.full) await this.fullScan();
    else await this.rescan(dirt);
    this.options.onBatch?.();
  }

  /** Matches again the blocks that changed, and forgets those that left the page. */
  private async rescan(dirt: Dirt): Promise<void> {
    if (dirt.stale) {
      for (const owner of this.index.owners()) {
        if (!owner.isConnected || isInSkipped(owner)) this.dropOwner(owner);
      }
    }
    const dirty = [...dirt.owners];
    const candidates: Owner[] = [];
    const cancelled = this.cancelledSince(this.generation);
    await runSliced(() => {
      const owner = dirty.pop();
      if (!owner) return false;
      this.dropOwner(owner);
      if (owner.isConnected && !isInSkipped(owner) && this.hasCandidate(owner)) candidates.push(owner);
      return true;
    }, cancelled);
    if (candidates.length > 0 && !cancelled()) {
      const matcher = this.exactMatcher();
      let next = 0;
      await runSliced(() => {
        const owner = candidates[next++];
        if (!owner) return false;
        if (owner.isConnected && !isInSkipped(owner)) this.matchOwner(owner, matcher);
        return true;
      }, cancelled);
    }
    this.painter.flush();
  }
}
