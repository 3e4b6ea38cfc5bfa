/**
 * A huge article, generated deterministically in memory (never committed):
 * at least 8 MB and 80,000 text nodes, four times the bench page, with a
 * known number of mentions and a long-task and highlight-progress recorder.
 */
import { mulberry32 } from '../../../scripts/lib/random';

const FILLER = 'the council heard residents debate budgets parks schools roads housing transit water libraries'.split(' ');

/**
 * Records long tasks, every frame the number of highlighted ranges (changes
 * only), and the ticks of a 10 ms timer of the page's own, which must keep
 * running while the extension scans.
 */
const RECORDER = `
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
}).observe({ type: 'longtask', buffered: true });
window.progress = [];
const topics = ['aclu', 'bans', 'ibm', 'rekognition'];
const sample = () => {
  let total = 0;
  for (const t of topics) total += CSS.highlights.get('face-facts-' + t)?.size ?? 0;
  const last = window.progress[window.progress.length - 1];
  if (!last || last.count !== total) window.progress.push({ at: Math.round(performance.now()), count: total });
  if (performance.getEntriesByName('face-facts:scan', 'measure').length === 0) requestAnimationFrame(sample);
};
sample();
window.timerTicks = [];
const ticker = setInterval(() => {
  window.timerTicks.push(performance.now());
  if (performance.getEntriesByName('face-facts:scan', 'measure').length > 0) clearInterval(ticker);
}, 10);
`;

export interface HugePage {
  html: string;
  textNodes: number;
  mentions: number;
}

export function hugePage(paragraphs = 28_000, seed = 7): HugePage {
  const next = mulberry32(seed);
  const word = () => FILLER[Math.floor(next() * FILLER.length)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const parts: string[] = [];
  let textNodes = 0;
  let mentions = 0;
  for (let i = 0; i < paragraphs; i++) {
    // Three text nodes per paragraph: before, inside and after an inline element.
    const mention = i % 40 === 0;
    const inner = mention ? 'IBM' : words(2);
    if (mention) mentions++;
    parts.push(`<p>${i}: ${words(30)} <em>${inner}</em> ${words(20)}.</p>`);
    textNodes += 3;
    if (i % 500 === 0) {
      parts.push(`<h2>Section ${i / 500}</h2>`);
      textNodes += 1;
    }
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Hostile: a huge page</title><script>${RECORDER}</script></head><body><main>${parts.join('\n')}</main></body></html>`;
  return { html, textNodes, mentions };
}
