/**
 * Where does the dataset come from? Reads the table of languages,
 * `data/topics`, `data/forms` and `data/facts` from disk (Node only, no DOM),
 * reports unparseable JSON by file, and validates the lot. Usable from
 * scripts, vitest and a Vite plugin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from './languages';
import { LanguageTable, type Dataset } from './schema';
import { DatasetError, formatPath, inspectDataset, type DataFile } from './validate';

export { DatasetError, validateDataset, type DataFile } from './validate';

const SECTIONS = ['topics', 'forms', 'facts'] as const;

/** The dataset file paths under `rootDir`, relative to it, in name order. */
export function listDataFiles(rootDir: string): string[] {
  return SECTIONS.flatMap((section) => {
    const dir = join(rootDir, 'data', section);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => `data/${section}/${name}`);
  });
}

/** The table of languages file, relative to the repository root. */
export const LANGUAGES_FILE = 'data/languages.json';

/**
 * Reads and validates the table of languages of the repository at `rootDir`.
 * @throws DatasetError naming the file, the row and the field of each problem.
 */
export function loadLanguages(rootDir: string): Language[] {
  const path = join(rootDir, LANGUAGES_FILE);
  if (!existsSync(path)) throw new DatasetError([`${LANGUAGES_FILE}: missing: the table of languages every text is checked against`]);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DatasetError([`${LANGUAGES_FILE}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const parsed = LanguageTable.safeParse(json);
  if (!parsed.success) {
    throw new DatasetError(parsed.error.issues.map((issue) => `${LANGUAGES_FILE}: ${formatPath(issue.path) || '(table)'}: ${issue.message}`));
  }
  return parsed.data;
}

/**
 * Reads and validates the dataset of the repository at `rootDir`, in the
 * languages of its table.
 * @throws DatasetError listing every issue, including files that are not valid JSON.
 */
export function loadDataset(rootDir: string): Dataset {
  const languages = loadLanguages(rootDir);
  const files: DataFile[] = [];
  const unreadable = new Set<string>();
  const parseIssues: string[] = [];
  for (const path of listDataFiles(rootDir)) {
    const text = readFileSync(join(rootDir, path), 'utf8').replace(/^\uFEFF/, '');
    try {
      files.push({ path, json: JSON.parse(text) as unknown });
    } catch (error) {
      unreadable.add(path);
      parseIssues.push(`${path}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const { dataset, issues } = inspectDataset(files, unreadable, languages);
  const all = [...parseIssues, ...issues];
  if (all.length > 0) throw new DatasetError(all);
  return dataset;
}
