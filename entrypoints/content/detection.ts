/**
 * Wires the page scanner, the topic highlights and the counts report together.
 *
 * The settings seam: `setRunning` (whether Face Facts works on this page at
 * all), `setActiveTopics` (which topics are highlighted) and `setStyle` (how
 * they are painted). Nothing scans until the first `setRunning(true)`, so the
 * settings decide before any work on the page. The matcher always covers every
 * topic: it was compiled at build time, its regex is built and warmed while the
 * settings are read, and switching a topic off or on only hides or restores its
 * ranges (the gate), without a rescan.
 */
import type { ContentTopic } from '@/data/content-data';
import { PageScanner } from '@/lib/dom/scanner';
import { yieldToPage } from '@/lib/dom/schedule';
import { TopicGate } from '@/lib/highlight/gate';
import type { HighlightStyle } from '@/lib/highlight/names';
import { TopicHighlights } from '@/lib/highlight/registry';
import { shadowStyler } from '@/lib/highlight/shadow';
import { matcherFrom, type CompiledData, type Matcher } from '@/lib/match';
import type { CountsMessage } from '@/lib/messages';
import { countsReporter } from './report';

export interface DetectionOptions {
  document: Document;
  topics: readonly ContentTopic[];
  /** Every topic's forms, compiled at build time (data/content-data.ts). */
  matcher: CompiledData;
  /** Topic ids to highlight; all topics when omitted. */
  active?: ReadonlySet<string>;
  style: HighlightStyle;
  /** The highlight rules, for open shadow roots. */
  cssText: string;
  send: (message: CountsMessage) => Promise<unknown>;
}

export interface Detection {
  /** Resolves when the first scan is done and its highlights are in place (never, if the page stays off). */
  ready: Promise<void>;
  /** The highlight registry: `rangesFor(topic)`, `findMention(node, offset)` for the card. */
  highlights: TopicHighlights;
  /**
   * On: scans the page and follows its changes. Off: no observer, no
   * highlights, counts reported as none. Turning on again scans afresh.
   */
  setRunning(on: boolean): void;
  setActiveTopics(active: ReadonlySet<string> | undefined): void;
  setStyle(style: HighlightStyle): void;
  /** Sends the counts again (after the page came back from the back-forward cache). */
  reportAgain(): void;
  /** Resolves once pending rescans are done (tests, benchmarks). */
  settled(): Promise<void>;
  stop(): void;
}

/** The performance measure of the first full scan alone (after the settings and the matcher are ready). */
export const WALK_MEASURE = 'face-facts:walk';
const WALK_START_MARK = 'face-facts:walk:start';

/** Builds the matcher and warms its regular expressions, each in a task of its own. */
async function preparedMatcher(data: CompiledData): Promise<Matcher> {
  await yieldToPage();
  const matcher = matcherFrom(data);
  // The first match compiles the regular expressions: keep that out of the first scan slice.
  // V8 compiles a regex once for one-byte and once for two-byte subjects, and most
  // pages hold some text above U+00FF (’ “ —), so warm both, each in its own task.
  matcher.match('IBM ACLU Rekognition');
  await yieldToPage();
  matcher.match('IBM ACLU Rekognition\u2019');
  await yieldToPage();
  return matcher;
}

export function startDetection(options: DetectionOptions): Detection {
  const highlights = new TopicHighlights({ topics: options.topics.map((t) => t.id), style: options.style });
  const gate = new TopicGate(highlights, options.active);
  const report = countsReporter(() => highlights.counts(), options.send);
  const styleShadowRoot = shadowStyler(options.cssText);
  const matcher = preparedMatcher(options.matcher);
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let scanned = false;
  let wanted = false;
  let stopped = false;
  let scanner: PageScanner | null = null;

  /** A fresh scanner each time (a stopped one would not observe shadow roots it met before). */
  function run(compiled: Matcher): void {
    if (!wanted || stopped || scanner) return;
    let firstDone = false;
    const created: PageScanner = new PageScanner({
      document: options.document,
      matcher: compiled,
      sink: gate,
      onShadowRoot: styleShadowRoot,
      onChange: () => {
        if (firstDone && scanner === created) report.soon();
      },
    });
    scanner = created;
    performance.mark(WALK_START_MARK);
    void created.start().then(() => {
      if (scanner !== created) return;
      performance.measure(WALK_MEASURE, WALK_START_MARK);
      firstDone = true;
      scanned = true;
      report.now();
      markReady();
    });
  }

  function halt(): void {
    scanner?.stop();
    scanner = null;
    gate.clear();
    // Empty, and out of the page's highlight registry until the next scan.
    highlights.dispose();
    report.cancel();
    report.now();
  }

  return {
    ready,
    highlights,
    setRunning(on) {
      if (stopped || on === wanted) return;
      wanted = on;
      if (on) void matcher.then(run);
      else halt();
    },
    setActiveTopics(active) {
      if (gate.setActive(active).length > 0 && scanned) report.now();
    },
    setStyle: (style) => highlights.setStyle(style),
    reportAgain: () => {
      if (scanned || !wanted) report.again();
    },
    settled: async () => {
      await ready;
      await scanner?.settled();
    },
    stop() {
      stopped = true;
      wanted = false;
      report.cancel();
      scanner?.stop();
      scanner = null;
      highlights.dispose();
    },
  };
}
