/**
 * Is the bundled dataset valid? `npx tsx scripts/check-data.ts` prints a
 * one-line summary, or every issue and exits 1.
 */
import { DatasetError, loadDataset } from '../data/load';

try {
  const { topics, facts } = loadDataset(process.cwd());
  const sources = facts.reduce((sum, fact) => sum + fact.sources.length, 0);
  console.log(`dataset ok: ${topics.length} topics, ${facts.length} facts, ${sources} sources`);
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(`dataset has ${error.issues.length} issue(s):`);
  for (const issue of error.issues) console.error(`  ${issue}`);
  process.exit(1);
}
