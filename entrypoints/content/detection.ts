/**
 * Wires the page scanner, the mention index, the highlights and the counts report together.
 *
 * The settings seam: `setRunning` (whether Face Facts works on this page at
 * all), `setActiveTopics` (which topics are shown) and `setStyle` (how they are
 * painted). `start` begins find while the settings are still being read: it
 * only reads the page, and nothing is matched, painted or reported until the
 * first `setRunning(true)`; a first `setRunning(false)` drops it unseen. The index always holds every topic's
 * mentions: switching a topic off or on only changes what is shown and counted
 * (its Highlight leaves or rejoins the registry), without a rescan.
 */
import type { ContentTopic } from '@/data/content-data';
import { MentionIndex } from '@/lib/dom/mention-index';
import { PageScanner } from '@/lib/dom/scanner';
import { KeySearch } from '@/lib/find/key-search';
import { bridgedLocate } from '@/lib/find/bridge';
import finderData from 'virtual:face-facts/finder';
import { textSource, walkLocate, type CandidateSource } from '@/lib/dom/find';
import type { HighlightStyle } from '@/lib/highlight/names';
import { changingPage } from '@/lib/highlight/changing-page';
import { nearViewport } from '@/lib/highlight/near-viewport';
import { TopicHighlights } from '@/lib/highlight/registry';
import { shadowStyler, type ShadowStyler } from '@/lib/highlight/shadow';
import highlightCss from '@/lib/highlight/highlights.css?raw';
import { matcherFrom, type Matcher } from '@/lib/match';
import parseMatcherData from 'virtual:face-facts/matcher';
import { sameCounts, type CountsMessage } from '@/lib/messages';
import { countsReporter } from './report';

export interface DetectionOptions {
  document: Document;
  topics: readonly ContentTopic[];
  /** The candidate search: in the page's world where it can run, else in this one (`candidateSource`). */
  candidates: CandidateSource;
  /** Topic ids to show; all topics when omitted. */
  active?: ReadonlySet<string>;
  style: HighlightStyle;
  send: (message: CountsMessage) => Promise<unknown>;
  /**
   * Called each time highlights are painted while the page holds a mention (from the first
   * such paint on, a mention can be seen and hovered).
   */
  onMentions?: () => void;
}

export interface Detection {
  /**
   * Resolves when the first scan is done for the reader: its highlights in
   * place, or, on a page where find met no candidate, as soon as find has read
   * it (there is nothing to show, on or off). Never, if the page stays off and
   * has a candidate.
   */
  ready: Promise<void>;
  /** The page's mentions: `counts()`, `rangesFor(topic)`, `findMention(node, offset)` and `empty` for the card. */
  mentions: Pick<MentionIndex, 'counts' | 'rangesFor' | 'findMention' | 'empty'>;
  /** Starts finding candidates before the settings are known (the first `setRunning` decides what becomes of it). */
  start(): void;
  /**
   * On: scans the page and follows its changes. Off: no observer, no
   * highlights, counts reported as none. Turning on again scans afresh.
   */
  setRunning(on: boolean): void;
  setActiveTopics(active: ReadonlySet<string> | undefined): void;
  setStyle(style: HighlightStyle): void;
  /** Sends the counts again (after the page came back from the back-forward cache). */
  reportAgain(): void;
  stop(): void;
}

/**
 * The candidate search. The text is read here, in a few native calls. A stretch
 * that holds a candidate is located by a walk over its text nodes: in Chrome, in
 * the page's own world (entrypoints/find.content.ts), where a walk costs up to 4
 * times less than here, or here if that world does not answer; in Firefox, here
 * (the page-world script is built for Chrome only, where the cost of the
 * isolated world was measured, docs/performance.md).
 */
export function candidateSource(): CandidateSource {
  const search = () => new KeySearch(finderData);
  if (import.meta.env.FIREFOX) return textSource(search, walkLocate);
  return textSource(search, bridgedLocate(window, walkLocate));
}

/**
 * Builds the exact matcher from the forms compiled at build time, on a page's
 * first candidate; enables the shadow roots' highlight rules then (only a page
 * with a candidate can paint in a shadow root). Its regular expressions
 * compile when the scanner first needs them (lib/dom/scanner.ts, `warm`).
 */
function preparedMatcher(styles: ShadowStyler): Matcher {
  styles.enable();
  return matcherFrom(parseMatcherData());
}

export function startDetection(options: DetectionOptions): Detection {
  const index = new MentionIndex();
  const highlights = new TopicHighlights({
    topics: options.topics.map((t) => t.id),
    style: options.style,
    onFlush: () => {
      if (!index.empty) options.onMentions?.();
    },
    eachRange: (visit) => index.forEach(visit),
  });
  // While the page keeps changing, each registered range costs it every frame: paint only what is near the viewport.
  const changing = changingPage({
    onChanging: () => highlights.scopeTo(nearViewport(() => highlights.refreshNear())),
    onCalm: () => highlights.scopeTo(null),
  });
  const report = countsReporter(() => index.counts(), options.send);
  const shadowStyles = shadowStyler(highlightCss);
  let matcher: Matcher | null = null;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let scanned = false;
  let wanted = false;
  let stopped = false;
  let scanner: PageScanner | null = null;
  /** The first `setRunning` answers whether the scanner begun by `start` may go on. */
  let grant: (on: boolean) => void = () => undefined;
  const permit = new Promise<boolean>((resolve) => (grant = resolve));
  let decided = false;

  const show = (active: ReadonlySet<string> | undefined) => {
    const shown = (topic: string) => active === undefined || active.has(topic);
    index.setFilter(shown);
    highlights.setShown(shown);
  };
  show(options.active);

  /** A fresh scanner each time (a stopped one would not observe shadow roots it met before). */
  function run(): void {
    if ((!wanted && decided) || stopped || scanner) return;
    // Only a scanner begun before the first decision waits for it; any later one runs because the page is on.
    const allowed = decided ? Promise.resolve(true) : permit;
    let firstDone = false;
    const created: PageScanner = new PageScanner({
      document: options.document,
      candidates: options.candidates,
      matcher: () => (matcher ??= preparedMatcher(shadowStyles)),
      index,
      painter: highlights,
      permit: allowed,
      onShadowRoot: shadowStyles.style,
      onChange: () => {
        if (firstDone && scanner === created) report.soon();
      },
      onBatch: () => {
        if (scanner === created) changing.changed();
      },
    });
    scanner = created;
    void created.start().then(async () => {
      // A page where find met no candidate is done for the reader now, whatever the settings say:
      // there is nothing to show. Its counts (none) are reported once the settings allow.
      if (scanner === created && !created.metCandidates) markReady();
      if (!(await allowed) || scanner !== created) return;
      firstDone = true;
      scanned = true;
      report.now();
      markReady();
    });
  }

  function halt(): void {
    scanner?.stop();
    scanner = null;
    changing.stop();
    index.clear();
    // Empty, and out of the page's highlight registry until the next scan.
    highlights.dispose();
    report.cancel();
    report.now();
  }

  return {
    ready,
    mentions: index,
    // At once, in the script's first task: a yield here would wait behind the page's own
    // rendering, which on a page that has just loaded takes 20–300 ms (docs/performance.md).
    start: run,
    setRunning(on) {
      if (stopped) return;
      if (!decided) {
        decided = true;
        grant(on);
        // What `start` began is dropped unseen: it matched and painted nothing.
        if (!on && scanner) {
          scanner.stop();
          scanner = null;
        }
      }
      if (on === wanted) return;
      wanted = on;
      if (on) run();
      else halt();
    },
    setActiveTopics(active) {
      const before = index.counts();
      show(active);
      if (scanned && !sameCounts(before, index.counts())) report.now();
    },
    setStyle: (style) => highlights.setStyle(style),
    reportAgain: () => {
      if (scanned || !wanted) report.again();
    },
    stop() {
      stopped = true;
      wanted = false;
      report.cancel();
      scanner?.stop();
      scanner = null;
      changing.stop();
      highlights.dispose();
    },
  };
}
