/**
 * The page-side script of the comparison: snapshot.ts and the lib code it
 * imports, bundled by esbuild into one expression, with the matcher compiled
 * from `data/` the way the extension's build compiles it.
 */
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { pickMatcherData } from '../../data/content-data';
import { loadDataset } from '../../data/load';

const ROOT = resolve(import.meta.dirname, '../..');
const GLOBAL = 'faceFactsOracle';

let cached: string | undefined;

/**
 * An expression that evaluates, in a frame, to that frame's `FrameSnapshot`.
 * It defines no global: the bundle's one variable lives inside a function.
 */
export function snapshotExpression(): string {
  if (cached !== undefined) return cached;
  const built = buildSync({
    entryPoints: [resolve(import.meta.dirname, 'snapshot.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'browser',
    target: 'chrome120',
    absWorkingDir: ROOT,
    logLevel: 'silent',
  });
  const code = built.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild produced no bundle for tests/oracle/snapshot.ts');
  const data = JSON.stringify(pickMatcherData(loadDataset(ROOT)));
  cached = `(() => {\n${code}\nreturn ${GLOBAL}.snapshot(${data});\n})()`;
  return cached;
}
