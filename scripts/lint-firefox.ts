/**
 * Does the Firefox build pass Mozilla's add-on linter? `web-ext lint` on
 * .output/firefox-mv2 (offline), failing on any error and on any warning that
 * docs/firefox.md does not explain.
 *
 * Explained warning: UNSAFE_VAR_ASSIGNMENT "innerHTML" in the bundles that
 * contain Preact's renderer, which supports the `dangerouslySetInnerHTML`
 * prop. Our code never passes that prop (eslint forbids it), and
 * tests/e2e/release/bundles.spec.ts checks that the renderer's is the
 * only innerHTML write in the bundles.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

const SOURCE = resolve(import.meta.dirname, '../.output/firefox-mv2');
const explained = (m: LintMessage) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(m.message);

if (!existsSync(resolve(SOURCE, 'manifest.json'))) {
  console.error('No Firefox build: run `npx wxt build -b firefox` first.');
  process.exit(1);
}
const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--output=json', '--no-config-discovery'], {
  encoding: 'utf8',
});
let report: { summary: Record<string, number>; errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(`web-ext lint did not report JSON:\n${result.stdout}\n${result.stderr}`);
  process.exit(1);
}
const show = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}: ${m.message}`;
const unexplained = report.warnings.filter((m) => !explained(m));
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
for (const m of report.warnings.filter(explained)) console.log(`${show(m)} (explained in docs/firefox.md)`);
for (const m of [...report.errors, ...unexplained]) console.error(show(m));
process.exit(report.errors.length === 0 && unexplained.length === 0 ? 0 : 1);
