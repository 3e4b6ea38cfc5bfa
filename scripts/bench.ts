/**
 * How fast is the built extension on a big page? `npm run bench [-- --quick] [--rounds N] [--page file.html]`
 *
 * Builds the extension, loads it in headless Chromium and measures every figure in
 * one run (method: docs/performance.md). The scan, the TreeWalker floor and mark.js
 * are interleaved round by round, so that load spikes hit all three alike. Prints a
 * table with targets and writes bench-results.json at the project root.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import type { Forms } from '../data/schema';
import {
  cardChunkGzBytes, cardRound, contentScriptGzBytes, floorRound, LONGTASK_INIT, longestTaskRound, markjsRound, popupRound, scanRound, stormTaskMs,
} from './lib/bench-measure';
import { generatedPage, repeatBody, stormPage } from './lib/bench-page';
import { tracedScanRound } from './lib/bench-trace';
import { chromiumArgs, chromiumPath, EXTENSION_DIR, extensionIdOf, launchWithExtension } from './lib/chromium';
import { startServer } from './lib/serve';

const ROOT = resolve(import.meta.dirname, '..');
const STORM_WINDOW_MS = 5000;

interface Args { rounds: number; quick: boolean; page?: string; skipBuild: boolean }

function parseArgs(argv: string[]): Args {
  const quick = argv.includes('--quick');
  const at = (flag: string) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  const rounds = Number(at('--rounds') ?? (quick ? 2 : 7));
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');
  return { rounds, quick, page: at('--page'), skipBuild: argv.includes('--no-build') };
}

/** The median; NaN (null in the JSON) when nothing was measured, e.g. card_ms on a page without mentions. */
const median = (values: number[]) => {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Every `names` surface form of every topic, `*` stems stripped, once each (mark.js's terms). */
function markTerms(): string[] {
  const terms = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'data/forms'))) {
    const forms = JSON.parse(readFileSync(join(ROOT, 'data/forms', file), 'utf8')) as Forms;
    for (const set of Object.values(forms)) for (const name of set.names) terms.add(name.text.replace(/\*$/, ''));
  }
  return [...terms];
}

const TARGETS = {
  ratio_floor: { max: 2.0 }, ratio_markjs: { min: 50 }, longest_task_ms: { max: 50 },
  storm_cpu_pct: { max: 5 }, content_script_gz_bytes: { max: 25_600 }, card_ms: { max: 16 },
} as const;

function verdict(key: string, value: number): string {
  const target = (TARGETS as Record<string, { max?: number; min?: number }>)[key];
  if (!target) return '';
  const ok = target.max !== undefined ? value <= target.max : value >= (target.min ?? 0);
  return `${target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min}`}  ${ok ? '✓' : '✗'}`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (!args.skipBuild) execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });

  // A private copy of the build and the pages, so a rebuild by anyone else cannot change them mid-run.
  const work = mkdtempSync(join(tmpdir(), 'face-facts-bench-'));
  const extensionDir = join(work, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const site = join(work, 'site');
  const pageHtml = args.page ? readFileSync(resolve(args.page), 'utf8') : generatedPage(1);
  const bigHtml = args.page ? repeatBody(pageHtml, 4) : generatedPage(4);
  mkdirSync(site);
  for (const [name, html] of [['page.html', pageHtml], ['page4.html', bigHtml], ['storm.html', stormPage()]] as const) {
    writeFileSync(join(site, name), html, { flag: 'w' });
  }
  const server = await startServer(0, { root: site });
  const url = (name: string) => server.url(`/${name}`);
  // Saved pages may reference the web: nothing leaves 127.0.0.1.
  const local = async (context: BrowserContext) =>
    context.route((u) => u.protocol.startsWith('http') && u.origin !== server.origin, (route) => route.abort());

  const withExt = await launchWithExtension({ extensionDir });
  const plainBrowser = await chromium.launch({
    headless: true,
    executablePath: chromiumPath(),
    args: chromiumArgs(extensionDir).filter((a) => !a.includes('extension')),
  });
  const plain = await plainBrowser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  await local(withExt);
  await local(plain);
  const extensionId = await extensionIdOf(withExt);
  const chromiumVersion = plainBrowser.version();
  const markjs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const terms = markTerms();

  // --quick only proves that the bench still works (in under 2 minutes): one round of the slow pages.
  const heavyRounds = args.quick ? 1 : args.rounds;
  const times: Record<string, number[]> = {};
  const push = (key: string, value: number) => (times[key] ??= []).push(value);
  const log = (text: string) => process.stdout.write(text);
  let page = { textNodes: 0, chars: 0, mentions: 0, marks: 0 };

  try {
    // 1. scan, floor and mark.js, interleaved; the card after each scan (the page is fresh).
    const extPage = withExt.pages()[0] ?? (await withExt.newPage());
    const plainPage = await plain.newPage();
    for (let r = 0; r < args.rounds; r++) {
      log(`round ${r + 1}/${args.rounds}: scan`);
      const scan = await scanRound(extPage, url('page.html'));
      push('scan_ms', scan.ms);
      log(' card');
      const card = await cardRound(extPage);
      if (card) push('card_ms', card.first);
      if (card) push('card_warm_ms', card.warm);
      log(' floor');
      const floor = await floorRound(plainPage, url('page.html'));
      push('floor_ms', floor.ms);
      log(' mark.js');
      const marked = await markjsRound(plainPage, url('page.html'), markjs, terms);
      push('markjs_ms', marked.ms);
      page = { textNodes: floor.textNodes, chars: floor.chars, mentions: scan.mentions, marks: marked.marks };
      log(`  (${scan.ms.toFixed(1)} / ${floor.ms.toFixed(1)} / ${marked.ms.toFixed(0)} ms)\n`);
    }

    // The scan rounds' tab leaves the site: a tab of the same site may share the next
    // pages' renderer, and its card and observers would run in their main thread.
    await extPage.goto('about:blank');

    // 2. The longest task while the extension scans the 4× page.
    const bigPage = await withExt.newPage();
    await bigPage.addInitScript(LONGTASK_INIT);
    for (let r = 0; r < heavyRounds; r++) {
      const { ms, scanMs } = await longestTaskRound(bigPage, url('page4.html'));
      push('longest_task_ms', ms);
      push('scan4_ms', scanMs);
      log(`4× page ${r + 1}/${heavyRounds}: longest task ${ms.toFixed(0)} ms (scan ${scanMs.toFixed(0)} ms)\n`);
    }
    await bigPage.close();
    // The same page traced (a round of its own: tracing slows the renderer): the extension's own share of each task.
    const tracedPage = await withExt.newPage();
    for (let r = 0; r < heavyRounds; r++) {
      const traced = await tracedScanRound(withExt, tracedPage, url('page4.html'));
      push('longest_own_script_ms', traced.longestOwnScriptMs);
      push('longest_own_gc_ms', traced.longestOwnGcMs);
      log(`4× page traced ${r + 1}/${heavyRounds}: ${traced.ownTasks} tasks ran the extension's script, the longest for ${traced.longestOwnScriptMs.toFixed(1)} ms of CPU (at ${traced.longestOwnScriptAt.toFixed(0)} ms); longest GC inside it ${traced.longestOwnGcMs.toFixed(1)} ms\n`);
    }
    await tracedPage.close();

    // 3. The storm, with and without the extension at the same time (the same load hits both).
    const stormExt = await withExt.newPage();
    const stormPlain = await plain.newPage();
    for (let r = 0; r < heavyRounds; r++) {
      const [withMs, withoutMs] = await Promise.all([
        stormTaskMs(withExt, stormExt, url('storm.html'), true, STORM_WINDOW_MS),
        stormTaskMs(plain, stormPlain, url('storm.html'), false, STORM_WINDOW_MS),
      ]);
      push('storm_cpu_pct', ((withMs - withoutMs) / STORM_WINDOW_MS) * 100);
      log(`storm ${r + 1}/${heavyRounds}: task time ${withMs.toFixed(0)} ms with, ${withoutMs.toFixed(0)} ms without\n`);
    }
    await stormExt.close();
    await stormPlain.close();

    // 4. The popup's script time before its first paint.
    for (let r = 0; r < args.rounds; r++) push('popup_script_ms', await popupRound(withExt, extensionId));
  } finally {
    await withExt.close();
    await plainBrowser.close().catch(() => undefined);
    await server.close();
  }

  const m = (key: string) => median(times[key] ?? []);
  const scan = m('scan_ms');
  const results = {
    scan_ms: round(scan),
    floor_ms: round(m('floor_ms')),
    markjs_ms: round(m('markjs_ms')),
    ratio_floor: round(scan / m('floor_ms'), 2),
    ratio_markjs: round(m('markjs_ms') / scan, 1),
    longest_task_ms: round(m('longest_task_ms')),
    storm_cpu_pct: round(m('storm_cpu_pct'), 2),
    content_script_gz_bytes: contentScriptGzBytes(extensionDir),
    card_chunk_gz_bytes: cardChunkGzBytes(extensionDir),
    card_ms: round(m('card_ms')),
    popup_script_ms: round(m('popup_script_ms')),
  };
  const report = {
    ...results,
    date: new Date().toISOString(),
    rounds: args.rounds,
    quick: args.quick,
    samples: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map((x) => round(x, 2))])),
    extra: { longest_own_script_ms: round(m('longest_own_script_ms')), longest_own_gc_ms: round(m('longest_own_gc_ms')), card_warm_ms: round(m('card_warm_ms')), scan_4x_ms: round(m('scan4_ms')), mentions_highlighted: page.mentions, markjs_marks: page.marks, markjs_terms: terms.length },
    machine: { os: `${osType()} ${release()}`, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memory_bytes: totalmem() },
    chromium: chromiumVersion,
    page: {
      source: args.page ? resolve(args.page) : 'generated',
      bytes: Buffer.byteLength(pageHtml),
      text_nodes: page.textNodes,
      text_chars: page.chars,
      bytes_4x: Buffer.byteLength(bigHtml),
    },
  };
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });

  const rows: Array<[string, string]> = Object.entries(results).map(([k, v]) => [k, Number.isNaN(v) ? 'n/a' : String(v)]);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nFace Facts benchmark: ${report.page.source}, ${(report.page.bytes / 1e6).toFixed(2)} MB, ${page.textNodes} text nodes; ` +
    `${args.rounds} rounds, medians; Chromium ${chromiumVersion}; ${report.machine.cores}× ${report.machine.cpu}`);
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value.padStart(10)}   ${value === 'n/a' ? '' : verdict(key, Number(value))}`);
  console.log(`  extra (traced 4× page): the extension's script ran at most ${report.extra.longest_own_script_ms} ms of CPU in one task, GC inside it at most ${report.extra.longest_own_gc_ms} ms; warm card ${report.extra.card_warm_ms} ms; 4× scan ${report.extra.scan_4x_ms} ms`);
  console.log(`wrote bench-results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
