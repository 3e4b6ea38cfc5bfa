/**
 * Wires the page scanner, the topic highlights and the counts report together.
 *
 * The settings seam: `active` (which topics to look for) and `style` (how they
 * are painted) are inputs, changed later with `setActiveTopics` / `setStyle`.
 */
import type { ContentTopic } from '@/data/content-data';
import { PageScanner } from '@/lib/dom/scanner';
import { yieldToPage } from '@/lib/dom/schedule';
import type { HighlightStyle } from '@/lib/highlight/names';
import { TopicHighlights } from '@/lib/highlight/registry';
import { shadowStyler } from '@/lib/highlight/shadow';
import { compileMatcher } from '@/lib/match';
import type { CountsMessage } from '@/lib/messages';
import { countsReporter } from './report';

export interface DetectionOptions {
  document: Document;
  topics: readonly ContentTopic[];
  /** Topic ids to look for; all topics when omitted. */
  active?: ReadonlySet<string>;
  style: HighlightStyle;
  /** The highlight rules, for open shadow roots. */
  cssText: string;
  send: (message: CountsMessage) => Promise<unknown>;
}

export interface Detection {
  /** Resolves when the first scan is done and its highlights are in place. */
  ready: Promise<void>;
  /** The highlight registry: `rangesFor(topic)`, `findMention(node, offset)` for the card. */
  highlights: TopicHighlights;
  setActiveTopics(active: ReadonlySet<string> | undefined): Promise<void>;
  setStyle(style: HighlightStyle): void;
  /** Sends the counts again (after the page came back from the back-forward cache). */
  reportAgain(): void;
  /** Resolves once pending rescans are done (tests, benchmarks). */
  settled(): Promise<void>;
  stop(): void;
}

function matcherFor(topics: readonly ContentTopic[], active: ReadonlySet<string> | undefined) {
  return compileMatcher(topics.filter((topic) => !active || active.has(topic.id)));
}

/** Compiles the matcher and warms its regular expressions, each in a task of its own. */
async function preparedMatcher(topics: readonly ContentTopic[], active: ReadonlySet<string> | undefined) {
  await yieldToPage();
  const matcher = matcherFor(topics, active);
  await yieldToPage();
  // The first match compiles the regular expressions: keep that out of the first scan slice.
  matcher.match('IBM ACLU Rekognition');
  await yieldToPage();
  return matcher;
}

export function startDetection(options: DetectionOptions): Detection {
  const highlights = new TopicHighlights({ topics: options.topics.map((t) => t.id), style: options.style });
  let ready = false;
  let stopped = false;
  const report = countsReporter(() => highlights.counts(), options.send);
  const scanner = preparedMatcher(options.topics, options.active).then((matcher) => {
    const created = new PageScanner({
      document: options.document,
      matcher,
      sink: highlights,
      onShadowRoot: shadowStyler(options.cssText),
      onChange: () => {
        if (ready) report.soon();
      },
    });
    return created;
  });
  const first = scanner.then(async (created) => {
    if (stopped) return;
    await created.start();
    if (stopped) return;
    ready = true;
    report.now();
  });
  return {
    ready: first,
    highlights,
    setActiveTopics: async (active) => {
      const created = await scanner;
      await created.setMatcher(await preparedMatcher(options.topics, active));
    },
    setStyle: (style) => highlights.setStyle(style),
    reportAgain: () => {
      if (ready) report.again();
    },
    settled: () => first.then(() => scanner).then((created) => created.settled()),
    stop() {
      stopped = true;
      report.cancel();
      void scanner.then((created) => created.stop());
      highlights.dispose();
    },
  };
}
