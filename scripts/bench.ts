/**
 * How fast is the built extension on a big page? `npm run bench [-- --quick] [--rounds N] [--page file.html]`
 *
 * Builds the extension, loads it in headless Chromium and measures every figure in
 * one run (method: docs/performance.md). Three pages are measured side by side: the
 * generated one (or --page), a real Wikipedia page and a large page without any
 * mention (both from ../shared/corpus/large, skipped where it is absent). Their
 * scan, TreeWalker floor and mark.js are interleaved round by round, so that load
 * spikes hit them all alike. Prints a table with targets and writes
 * bench-results.json at the project root.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import type { Forms } from '../data/schema';
import {
  cardChunkGzBytes, cardRound, contentScriptGzBytes, floorRound, heapAfterScan, LONGTASK_INIT, longestTaskRound, markjsRound, popupRound, scanRound, stormTaskMs,
} from './lib/bench-measure';
import { generatedPage, repeatBody, stormPage } from './lib/bench-page';
import { median, pageFigures, printFigures, round } from './lib/bench-report';
import { tracedScanRound } from './lib/bench-trace';
import { chromiumArgs, chromiumPath, EXTENSION_DIR, extensionIdOf, launchWithExtension } from './lib/chromium';
import { startServer } from './lib/serve';

const ROOT = resolve(import.meta.dirname, '..');
const STORM_WINDOW_MS = 5000;
/** The large saved pages (test data, never committed); the bench skips them where this folder is absent. */
const LARGE = resolve(ROOT, '../shared/corpus/large');

interface Args { rounds: number; quick: boolean; page?: string; skipBuild: boolean }

function parseArgs(argv: string[]): Args {
  const quick = argv.includes('--quick');
  const at = (flag: string) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  const rounds = Number(at('--rounds') ?? (quick ? 1 : 7));
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');
  return { rounds, quick, page: at('--page'), skipBuild: argv.includes('--no-build') };
}

/** A page measured in the interleaved rounds; its figures are named `prefix` + scan_ms, floor_ms… */
interface BenchPage {
  label: string;
  prefix: string;
  /** Where the HTML comes from: a path, or 'generated'. */
  source: string;
  /** The HTML; undefined when the file is absent (the page is skipped, its figures are null). */
  html?: string;
  rounds: number;
  markjs: boolean;
  /** Hover a mention after each scan (card_ms). */
  card: boolean;
}

function savedPage(label: string, file: string, rounds: number, markjs: boolean): BenchPage {
  const path = join(LARGE, file);
  return { label, prefix: `${label}_`, source: path, html: existsSync(path) ? readFileSync(path, 'utf8') : undefined, rounds, markjs, card: false };
}

/** Every `names` surface form of every topic, `*` stems stripped, once each (mark.js's terms). */
function markTerms(): string[] {
  const terms = new Set<string>();
  for (const file of readdirSync(join(ROOT, 'data/forms'))) {
    const forms = JSON.parse(readFileSync(join(ROOT, 'data/forms', file), 'utf8')) as Forms;
    for (const set of Object.values(forms)) for (const name of set.names) terms.add(name.text.replace(/\*$/, ''));
  }
  return [...terms];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (!args.skipBuild) execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  // --quick only proves that the bench still works: one round of each page (--rounds gives the generated page more).
  const heavyRounds = args.quick ? 1 : args.rounds;

  const pages: BenchPage[] = [
    {
      label: args.page ? 'given' : 'generated',
      prefix: '',
      source: args.page ? resolve(args.page) : 'generated',
      html: args.page ? readFileSync(resolve(args.page), 'utf8') : generatedPage(1),
      rounds: args.rounds,
      markjs: true,
      card: true,
    },
    savedPage('real', 'wikipedia-list-of-victims-9-11.html', heavyRounds, true),
    savedPage('empty', 'ecma262-spec-source-2023-05.html', heavyRounds, false),
  ];
  const pageHtml = pages[0]!.html!;
  const bigHtml = args.page ? repeatBody(pageHtml, 4) : generatedPage(4);
  if (pages.some((p) => p.html === undefined)) console.log(`${LARGE} is absent: the real_* and empty_* figures are skipped (null).`);

  // A private copy of the build and the pages, so a rebuild by anyone else cannot change them mid-run.
  const work = mkdtempSync(join(tmpdir(), 'face-facts-bench-'));
  const extensionDir = join(work, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const site = join(work, 'site');
  mkdirSync(site);
  const files: Array<[string, string]> = [['page4.html', bigHtml], ['storm.html', stormPage()]];
  for (const p of pages) if (p.html !== undefined) files.push([`${p.prefix}page.html`, p.html]);
  for (const [name, html] of files) writeFileSync(join(site, name), html, { flag: 'w' });
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

  const times: Record<string, number[]> = {};
  const push = (key: string, value: number) => (times[key] ??= []).push(value);
  const log = (text: string) => process.stdout.write(text);
  const stats: Record<string, { text_nodes: number; text_chars: number; mentions: number; markjs_marks?: number }> = {};

  try {
    // 1. Each page's scan, floor and mark.js, interleaved; the card after the scan (the page is fresh).
    const extPage = withExt.pages()[0] ?? (await withExt.newPage());
    const plainPage = await plain.newPage();
    for (let r = 0; r < args.rounds; r++) {
      for (const p of pages) {
        if (p.html === undefined || r >= p.rounds) continue;
        const name = `${p.prefix}page.html`;
        log(`round ${r + 1}/${p.rounds} ${p.label} page: scan`);
        const scan = await scanRound(extPage, url(name));
        push(`${p.prefix}scan_ms`, scan.ms);
        if (p.card) {
          log(' card');
          const card = await cardRound(extPage);
          if (card) push('card_ms', card.first);
          if (card) push('card_warm_ms', card.warm);
        }
        log(' floor');
        const floor = await floorRound(plainPage, url(name));
        push(`${p.prefix}floor_ms`, floor.ms);
        if (p.markjs) log(' mark.js');
        const marked = p.markjs ? await markjsRound(plainPage, url(name), markjs, terms) : undefined;
        if (marked) push(`${p.prefix}markjs_ms`, marked.ms);
        stats[p.prefix] = { text_nodes: floor.textNodes, text_chars: floor.chars, mentions: scan.mentions, markjs_marks: marked?.marks };
        log(`  (${[scan.ms, floor.ms, marked?.ms].filter((v) => v !== undefined).map((v) => v.toFixed(1)).join(' / ')} ms)\n`);
      }
    }

    // The rounds' tabs close: a tab of the same site may share the next pages' renderer
    // (its card and observers would run in their main thread, its heap would count in theirs).
    await extPage.close();
    await plainPage.close();

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
    // Traced rounds of their own (tracing slows the renderer): the extension's CPU over the
    // scan of the page, and its own share of each task on the 4× page.
    const tracedPage = await withExt.newPage();
    for (let r = 0; r < heavyRounds; r++) {
      const scan = await tracedScanRound(withExt, tracedPage, url('page.html'));
      push('scan_cpu_ms', scan.scanCpuMs);
      push('scan_cpu_gc_ms', scan.scanGcMs);
      log(`page traced ${r + 1}/${heavyRounds}: the extension's script ran ${scan.scanCpuMs.toFixed(1)} ms of CPU (GC ${scan.scanGcMs.toFixed(1)} ms) in a ${scan.scanMs.toFixed(0)} ms scan\n`);
      const traced = await tracedScanRound(withExt, tracedPage, url('page4.html'));
      push('longest_own_script_ms', traced.longestOwnScriptMs);
      push('longest_own_gc_ms', traced.longestOwnGcMs);
      log(`4× page traced ${r + 1}/${heavyRounds}: ${traced.ownTasks} tasks ran the extension's script, the longest for ${traced.longestOwnScriptMs.toFixed(1)} ms of CPU (at ${traced.longestOwnScriptAt.toFixed(0)} ms); longest GC inside it ${traced.longestOwnGcMs.toFixed(1)} ms\n`);
    }
    await tracedPage.close();

    // 3. The heap after the 4× page's scan, with and without the extension (a fresh tab in each browser).
    for (let r = 0; r < heavyRounds; r++) {
      const [withHeap, withoutHeap] = await Promise.all([heapAfterScan(withExt, url('page4.html'), true), heapAfterScan(plain, url('page4.html'), false)]);
      push('extra_heap_mb', (withHeap.js - withoutHeap.js) / 2 ** 20);
      push('extra_embedder_heap_mb', (withHeap.embedder - withoutHeap.embedder) / 2 ** 20);
      log(`heap ${r + 1}/${heavyRounds}: JS ${(withHeap.js / 2 ** 20).toFixed(1)} MB with, ${(withoutHeap.js / 2 ** 20).toFixed(1)} MB without; Blink ${(withHeap.embedder / 2 ** 20).toFixed(1)} / ${(withoutHeap.embedder / 2 ** 20).toFixed(1)} MB\n`);
    }

    // 4. The storm, with and without the extension at the same time (the same load hits both).
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

    // 5. The popup's script time before its first paint.
    for (let r = 0; r < args.rounds; r++) push('popup_script_ms', await popupRound(withExt, extensionId));
  } finally {
    await withExt.close();
    await plainBrowser.close().catch(() => undefined);
    await server.close();
  }

  const m = (key: string) => median(times[key] ?? []);
  const results: Record<string, number> = {
    ...Object.assign({}, ...pages.map((p) => pageFigures(p.prefix, m, p.markjs))),
    scan_cpu_ms: round(m('scan_cpu_ms')),
    extra_heap_mb: round(m('extra_heap_mb'), 2),
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
    extra: {
      scan_cpu_gc_ms: round(m('scan_cpu_gc_ms')), extra_embedder_heap_mb: round(m('extra_embedder_heap_mb'), 2),
      longest_own_script_ms: round(m('longest_own_script_ms')), longest_own_gc_ms: round(m('longest_own_gc_ms')),
      card_warm_ms: round(m('card_warm_ms')), scan_4x_ms: round(m('scan4_ms')), markjs_terms: terms.length,
    },
    machine: { os: `${osType()} ${release()}`, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memory_bytes: totalmem() },
    chromium: chromiumVersion,
    // Per page (keyed by its figures' prefix, '' for the generated page): the file, its size and what the rounds counted.
    pages: Object.fromEntries(pages.map((p) => [p.prefix, p.html === undefined ? null : {
      source: p.source, bytes: Buffer.byteLength(p.html), rounds: p.rounds, ...stats[p.prefix],
    }])),
    bytes_4x: Buffer.byteLength(bigHtml),
  };
  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });

  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(`\nFace Facts benchmark: ${plural(args.rounds, 'round')} (${heavyRounds} of the slow pages), medians; Chromium ${chromiumVersion}; ${report.machine.cores}× ${report.machine.cpu}`);
  for (const p of pages) {
    const s = stats[p.prefix];
    console.log(`  ${p.label} page: ${p.source}${p.html === undefined ? ' (absent, skipped)' : `, ${(Buffer.byteLength(p.html) / 1e6).toFixed(2)} MB, ${s?.text_nodes} text nodes, ${plural(s?.mentions ?? 0, 'mention')}`}`);
  }
  printFigures(results);
  console.log(`  extra: GC in the scan's CPU ${report.extra.scan_cpu_gc_ms} ms; Blink heap ${report.extra.extra_embedder_heap_mb} MB more; traced 4× page: the extension's script ran at most ${report.extra.longest_own_script_ms} ms of CPU in one task, GC inside it at most ${report.extra.longest_own_gc_ms} ms; warm card ${report.extra.card_warm_ms} ms; 4× scan ${report.extra.scan_4x_ms} ms`);
  console.log(`wrote bench-results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
