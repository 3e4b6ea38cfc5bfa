/**
 * Which mentions does the built extension find on each page of a folder?
 *
 *   npx tsx scripts/check-corpus.ts <folder> [--expect <file.json>] [--differential]
 *
 * Serves the folder on 127.0.0.1 with page scripts switched off by a CSP header
 * (content scripts still run), blocks every request that leaves 127.0.0.1,
 * loads each `.html` page in one tab, one after the other, waits for the scan to
 * settle and counts the highlighted ranges per topic in every frame. Prints one
 * line per page with mentions and a summary. With `--expect`, compares against a
 * JSON file `{ "<page>": { "<topic>": count } }` (pages left out must have no
 * mentions) and exits 1 on any difference. With `--differential`, also
 * compares each settled page, in every frame, with the exhaustive block walk
 * (tests/oracle/): the same mentions at the same places, but for the entries of
 * tests/oracle/known-differences.ts under `corpus/<folder name>/`; exits 1 on
 * any other difference or on an entry that no longer occurs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { describeVerdict, entriesForMissingPages, judge } from '../tests/oracle/compare';
import { compareWithOracle } from '../tests/oracle/frames';
import { KNOWN_DIFFERENCES } from '../tests/oracle/known-differences';
import { launchWithExtension } from './lib/chromium';
import { startServer } from './lib/serve';

type Counts = Record<string, number>;

const PAGE_TIMEOUT_MS = 15_000;
/** Added to a page's time limit per megabyte of HTML (a 2.7 MB page loads and scans for seconds on a busy machine). */
const TIMEOUT_MS_PER_MB = 15_000;
const QUIET_MS = 200;
const FRAME_TIMEOUT_MS = 1_000;

function parseArgs(argv: string[]): { folder: string; expect?: string; differential: boolean } {
  const args = [...argv];
  const flag = args.indexOf('--differential');
  if (flag >= 0) args.splice(flag, 1);
  let expectFile: string | undefined;
  const at = args.indexOf('--expect');
  if (at >= 0) {
    expectFile = args[at + 1];
    if (!expectFile) throw new Error('--expect needs a JSON file');
    args.splice(at, 2);
  }
  const folder = args[0];
  if (!folder) throw new Error('usage: npx tsx scripts/check-corpus.ts <folder> [--expect <file.json>] [--differential]');
  return { folder, expect: expectFile, differential: flag >= 0 };
}

const silentFrames = new WeakSet<Frame>();

/**
 * Highlighted ranges per topic in one frame; a child frame that does not answer
 * in time is left out from then on. The main frame is always waited for: a big
 * page's renderer can be busy for more than a second on a loaded machine.
 */
async function frameCounts(frame: Frame): Promise<Counts> {
  const url = frame.url();
  if (silentFrames.has(frame)) return {};
  if (!url.startsWith('http://127.0.0.1') && !url.startsWith('about:')) return {};
  if (!frame.parentFrame()) return readCounts(frame);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Counts>((done) => {
    timer = setTimeout(() => {
      silentFrames.add(frame);
      done({});
    }, FRAME_TIMEOUT_MS);
  });
  const counts = readCounts(frame);
  try {
    return await Promise.race([counts, late]);
  } finally {
    clearTimeout(timer);
  }
}

function readCounts(frame: Frame): Promise<Counts> {
  return frame
    .evaluate(() => {
      const found: Record<string, number> = {};
      for (const [name, highlight] of CSS.highlights) {
        const match = /^face-facts-(?!bg-|ul-)(.+)$/.exec(name);
        if (match?.[1] && highlight.size > 0) found[match[1]] = highlight.size;
      }
      return found;
    })
    .catch(() => ({}));
}

async function pageCounts(page: Page): Promise<Counts> {
  const total: Counts = {};
  for (const frame of page.frames()) {
    for (const [topic, n] of Object.entries(await frameCounts(frame))) total[topic] = (total[topic] ?? 0) + n;
  }
  return total;
}

/** Waits for the first scan, then until the counts stay the same for QUIET_MS. */
async function settledCounts(page: Page, timeout: number): Promise<Counts> {
  await page.waitForFunction(() => performance.getEntriesByName('face-facts:scan', 'measure').length > 0, undefined, {
    timeout,
  });
  let last = JSON.stringify(await pageCounts(page));
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.waitForTimeout(QUIET_MS);
    const counts = await pageCounts(page);
    const now = JSON.stringify(counts);
    if (now === last) return counts;
    if (Date.now() > deadline) throw new Error(`counts still changing after ${timeout} ms`);
    last = now;
  }
}

function describe(counts: Counts): string {
  return Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([topic, n]) => `${topic}=${n}`)
    .join(' ');
}

function differences(found: Record<string, Counts>, expected: Record<string, Counts>): string[] {
  const problems: string[] = [];
  for (const file of new Set([...Object.keys(found), ...Object.keys(expected)])) {
    const a = found[file] ?? {};
    const b = expected[file] ?? {};
    if (describe(a) !== describe(b)) problems.push(`${file}: found [${describe(a)}], expected [${describe(b)}]`);
  }
  return problems;
}

async function main(): Promise<number> {
  const { folder, expect: expectFile, differential } = parseArgs(process.argv.slice(2));
  const scope = `corpus/${basename(resolve(folder))}/`;
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const server = await startServer(0, {
    root: folder,
    headers: { 'content-security-policy': "script-src 'none'; object-src 'none'" },
  });
  const context = await launchWithExtension();
  const found: Record<string, Counts> = {};
  const failures: string[] = [];
  /** With --differential: one line per difference from the exhaustive walk, and the time it took. */
  const divergences: string[] = [];
  let differentialMs = 0;
  let compared = 0;
  const started = performance.now();
  try {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      // The page's own server, and the extension's own files (its lazy bundles); nothing else.
      return url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:' ? route.continue() : route.abort('blockedbyclient');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    for (const file of files) {
      const pageStart = performance.now();
      if (process.env.CHECK_CORPUS_VERBOSE) console.error(`loading ${file}`);
      try {
        const timeout = PAGE_TIMEOUT_MS + Math.round((statSync(resolve(folder, file)).size / 1e6) * TIMEOUT_MS_PER_MB);
        await page.goto(server.url(`/${encodeURIComponent(file)}`), { waitUntil: 'load', timeout });
        const counts = await settledCounts(page, timeout);
        if (Object.keys(counts).length > 0) {
          found[file] = counts;
          console.log(`${file}  ${describe(counts)}`);
        }
        if (differential) {
          const compareStart = performance.now();
          const key = scope + file;
          const comparison = await compareWithOracle(page, { origins: ['http://127.0.0.1', 'about:'], timeoutMs: timeout });
          compared++;
          divergences.push(...describeVerdict(key, judge(key, comparison.differences, KNOWN_DIFFERENCES)));
          for (const frame of comparison.unscanned) divergences.push(`${key}: frame ${frame} never measured its first scan`);
          differentialMs += performance.now() - compareStart;
        }
      } catch (error) {
        failures.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
      }
      const took = performance.now() - pageStart;
      if (took > 3000) console.error(`slow: ${file} took ${(took / 1000).toFixed(1)} s`);
    }
  } finally {
    await context.close();
    await server.close();
  }
  const mentions = Object.values(found).reduce((sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0), 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${files.length} pages, ${Object.keys(found).length} with mentions, ${mentions} mentions, ${failures.length} failed, ${seconds} s`,
  );
  for (const failure of failures) console.error(`failed: ${failure}`);
  if (differential) {
    for (const entry of entriesForMissingPages(scope, files.map((file) => scope + file), KNOWN_DIFFERENCES)) {
      divergences.push(`${entry.page}: known difference for a page that is not in ${folder} (${entry.reason})`);
    }
    for (const line of divergences) console.error(`differential: ${line}`);
    console.log(
      divergences.length === 0
        ? `same mentions as the exhaustive block walk on ${compared} of ${files.length} pages (${(differentialMs / 1000).toFixed(1)} s comparing)`
        : `DIFFERS from the exhaustive block walk: ${divergences.length} problems (${compared} of ${files.length} pages compared)`,
    );
  }
  const diverged = divergences.length > 0;
  if (!expectFile) return failures.length > 0 || diverged ? 1 : 0;
  const expected = JSON.parse(readFileSync(resolve(expectFile), 'utf8')) as Record<string, Counts>;
  const problems = differences(found, expected);
  for (const problem of problems) console.error(`differs: ${problem}`);
  console.log(problems.length === 0 && failures.length === 0 ? 'matches the expectations' : 'DOES NOT match the expectations');
  return problems.length > 0 || failures.length > 0 || diverged ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
