/**
 * `npm test`: every check in one command, totalled on one closing line.
 *
 * Type-checking, lint, the dataset check, the production builds (Chrome and
 * Firefox) and Mozilla's linter on the Firefox build count as one test each;
 * vitest, Playwright and the Firefox runner report their own tests. A step that
 * cannot run counts as failed, and so does a runner that ran no test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

interface Tally {
  passed: number;
  failed: number;
}

const ROOT = resolve(import.meta.dirname, '..');
const REPORTS = resolve(ROOT, 'test-results');
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : undefined;

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function vitestTally(file: string): Tally | undefined {
  const report = readJson(file) as { numPassedTests: number; numFailedTests: number } | undefined;
  return report && { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwrightTally(file: string): Tally | undefined {
  const report = readJson(file) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (!report) return undefined;
  const { expected, unexpected, flaky, skipped } = report.stats;
  // A flaky pass or a skipped test is not a pass here.
  return { passed: expected, failed: unexpected + flaky + skipped };
}

const CORPUS = resolve(ROOT, '../shared/corpus');
/** Corpus folders, each with its expected counts; every page is also compared with the exhaustive block walk. */
const CORPUS_FOLDERS = ['readability', 'large'].filter((folder) => existsSync(resolve(CORPUS, folder)));

const steps: Array<{ name: string; when?: () => boolean; run: () => Tally }> = [
  { name: 'typecheck', run: () => single(run('npx', ['tsc', '--noEmit'])) },
  { name: 'lint', run: () => single(run('npx', ['eslint', '--max-warnings=0', '.'])) },
  { name: 'data', run: () => single(run('npx', ['tsx', 'scripts/check-data.ts'])) },
  {
    name: 'unit',
    run: () => {
      const file = resolve(REPORTS, 'vitest.json');
      const ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
      return counted(vitestTally(file), ok);
    },
  },
  { name: 'build', run: () => single(run('npx', ['wxt', 'build'])) },
  { name: 'build-ff', run: () => single(run('npx', ['wxt', 'build', '-b', 'firefox'])) },
  { name: 'lint-ff', run: () => single(run('npx', ['tsx', 'scripts/lint-firefox.ts'])) },
  {
    name: 'e2e',
    run: () => {
      const file = resolve(REPORTS, 'playwright.json');
      const ok = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
      return counted(playwrightTally(file), ok);
    },
  },
  {
    // Real pages from ../shared, when it is beside the project (CI, developers):
    // only the genuine mentions are found, and the same ones as an exhaustive
    // block walk. Test data only, never committed. One test per folder present.
    name: 'corpus',
    when: () => CORPUS_FOLDERS.length > 0,
    run: () =>
      CORPUS_FOLDERS.map((folder) =>
        single(
          run('npx', [
            'tsx',
            'scripts/check-corpus.ts',
            resolve(CORPUS, folder),
            '--expect',
            `tests/corpus-expectations/${folder}.json`,
            '--differential',
          ]),
        ),
      ).reduce((sum, tally) => ({ passed: sum.passed + tally.passed, failed: sum.failed + tally.failed })),
  },
  {
    name: 'firefox',
    run: () => {
      const file = resolve(REPORTS, 'firefox.json');
      const ok = run('npx', ['tsx', 'scripts/test-firefox.ts', `--report=${file}`]);
      return counted(ownTally(file), ok);
    },
  },
];

/** The JSON tally scripts/test-firefox.ts writes. */
function ownTally(file: string): Tally | undefined {
  const report = readJson(file) as Tally | undefined;
  return report && { passed: report.passed, failed: report.failed };
}

function single(ok: boolean): Tally {
  return ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** A runner's own counts; one extra failure if it failed without a failing test, or ran none. */
function counted(tally: Tally | undefined, ok: boolean): Tally {
  if (!tally || tally.passed + tally.failed === 0) return { passed: tally?.passed ?? 0, failed: (tally?.failed ?? 0) + 1 };
  if (!ok && tally.failed === 0) return { ...tally, failed: 1 };
  return tally;
}

// Type-checking reads WXT's generated types (.wxt/), which `npm install` makes
// through postinstall; make sure they exist and match wxt.config.ts.
if (!run('npx', ['wxt', 'prepare'])) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const total: Tally = { passed: 0, failed: 0 };
const lines: string[] = [];
for (const step of steps) {
  if (only && !only.has(step.name)) continue;
  if (step.when && !step.when()) {
    console.log(`\n── ${step.name}: not run here (see scripts/test.ts) ──`);
    continue;
  }
  console.log(`\n── ${step.name} ──`);
  const tally = step.run();
  total.passed += tally.passed;
  total.failed += tally.failed;
  lines.push(`${step.name.padEnd(10)} ${tally.passed} passed, ${tally.failed} failed`);
}

console.log(`\n${lines.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
