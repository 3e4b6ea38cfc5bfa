/**
 * Is the dataset sound? Checks already-parsed `data/` files against the schema
 * and against each other, and reports every problem at once, each naming the
 * file, the entry and the field. Pure: no file system, no DOM.
 */
import type { z } from 'zod';
import { LANGUAGES, type Language } from './languages';
import { datasetSchemas, type Dataset, type Fact, type Forms, type Topic, type TopicInfo } from './schema';

type Schemas = ReturnType<typeof datasetSchemas>;

/** One dataset file, already parsed. `path` is relative to the repo root, e.g. `data/facts/2019.json`. */
export interface DataFile {
  path: string;
  json: unknown;
}

/** Every problem found in the dataset; the message lists them one per line. */
export class DatasetError extends Error {
  readonly issues: string[];

  constructor(issues: string[]) {
    super(issues.join('\n'));
    this.name = 'DatasetError';
    this.issues = issues;
  }
}

const FILE_PATH = /^data\/(topics|forms|facts)\/([^/]+)\.json$/;
type Section = 'topics' | 'forms' | 'facts';

interface Sorted {
  topics: Map<string, DataFile>;
  forms: Map<string, DataFile>;
  facts: DataFile[];
}

/** Turns a zod path such as ['sources', 0, 'url'] into `sources[0].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function zodIssues(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path);
    return field ? `${prefix}: ${field}: ${issue.message}` : `${prefix}: ${issue.message}`;
  });
}

function rawId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() ? id : undefined;
}

function sortFiles(files: DataFile[], issues: string[]): Sorted {
  const sorted: Sorted = { topics: new Map(), forms: new Map(), facts: [] };
  const ordered = files
    .map((file) => ({ ...file, path: file.path.replaceAll('\\', '/') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of ordered) {
    const match = FILE_PATH.exec(file.path);
    const section = match?.[1] as Section | undefined;
    const name = match?.[2];
    if (!section || !name) {
      issues.push(`${file.path}: not a dataset file (expected data/topics/, data/forms/ or data/facts/<name>.json)`);
    } else if (section === 'facts') {
      sorted.facts.push(file);
    } else {
      sorted[section].set(name, file);
    }
  }
  if (sorted.topics.size === 0) issues.push('data/topics: no topic files');
  if (sorted.facts.length === 0) issues.push('data/facts: no fact files');
  return sorted;
}

interface FactEntry {
  fact: Fact;
  path: string;
  label: string;
}

/**
 * Checks every fact file. Returns the facts that passed the schema, and every
 * fact id seen (even on an invalid fact, so one bad field does not also make
 * the cards that list it report an unknown fact).
 */
function checkFacts(files: DataFile[], topicIds: Set<string>, schemas: Schemas, issues: string[]) {
  const valid: FactEntry[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    if (!Array.isArray(file.json)) {
      issues.push(`${file.path}: must be a JSON array of facts`);
      continue;
    }
    const year = /\/(\d{4})\.json$/.exec(file.path)?.[1];
    let previous: Fact | undefined;
    file.json.forEach((raw: unknown, index) => {
      const id = rawId(raw);
      const label = id ? `fact "${id}"` : `fact #${index}`;
      const prefix = `${file.path}: ${label}`;
      if (id) {
        const first = seen.get(id);
        if (first) issues.push(`${prefix}: duplicate id (also in ${first})`);
        else seen.set(id, file.path);
      }
      const parsed = schemas.Fact.safeParse(raw);
      if (!parsed.success) {
        issues.push(...zodIssues(prefix, parsed.error));
        return;
      }
      const fact = parsed.data;
      fact.topics.forEach((topic, i) => {
        if (!topicIds.has(topic)) issues.push(`${prefix}: topics[${i}]: unknown topic "${topic}"`);
      });
      if (year && !fact.date.startsWith(year)) {
        issues.push(`${prefix}: date: "${fact.date}" does not belong in the file for ${year}`);
      }
      if (previous && fact.date < previous.date) {
        issues.push(`${prefix}: date: "${fact.date}" is out of date order (it follows "${previous.id}" of ${previous.date})`);
      }
      previous = fact;
      valid.push({ fact, path: file.path, label });
    });
  }
  return { valid, seen };
}

function checkTopicInfo(name: string, file: DataFile, schemas: Schemas, issues: string[]): TopicInfo | undefined {
  const prefix = `${file.path}: topic "${rawId(file.json) ?? name}"`;
  const parsed = schemas.TopicInfo.safeParse(file.json);
  if (!parsed.success) {
    issues.push(...zodIssues(prefix, parsed.error));
    return undefined;
  }
  if (parsed.data.id !== name) issues.push(`${prefix}: id: must match the file name "${name}"`);
  return parsed.data;
}

function checkForms(
  sorted: Sorted,
  topicIds: Set<string>,
  unreadable: Set<string>,
  schemas: Schemas,
  issues: string[],
): Map<string, Forms> {
  const forms = new Map<string, Forms>();
  for (const [name, file] of sorted.forms) {
    const prefix = `${file.path}: topic "${name}"`;
    if (!topicIds.has(name)) issues.push(`${prefix}: no topic file data/topics/${name}.json`);
    const parsed = schemas.Forms.safeParse(file.json);
    if (parsed.success) forms.set(name, parsed.data);
    else issues.push(...zodIssues(prefix, parsed.error));
  }
  for (const [name, file] of sorted.topics) {
    const formsPath = `data/forms/${name}.json`;
    if (!sorted.forms.has(name) && !unreadable.has(formsPath)) {
      issues.push(`${file.path}: topic "${name}": forms: missing ${formsPath}`);
    }
  }
  return forms;
}

function checkCardFacts(
  topic: TopicInfo,
  path: string,
  facts: { valid: FactEntry[]; seen: Map<string, string> },
  factsComplete: boolean,
  issues: string[],
): void {
  const byId = new Map(facts.valid.map((entry) => [entry.fact.id, entry.fact]));
  const listed = new Set<string>();
  topic.cardFacts.forEach((id, i) => {
    const prefix = `${path}: topic "${topic.id}": cardFacts[${i}]`;
    if (listed.has(id)) issues.push(`${prefix}: "${id}" is listed twice`);
    listed.add(id);
    const fact = byId.get(id);
    if (fact && !fact.topics.includes(topic.id)) {
      issues.push(`${prefix}: fact "${id}" is not in topic "${topic.id}"`);
    } else if (!facts.seen.has(id) && factsComplete) {
      issues.push(`${prefix}: unknown fact "${id}"`);
    }
  });
}

/** Orders facts by date (a month- or year-precision date sorts before the days it covers), then id. */
export function compareFacts(a: Fact, b: Fact): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Checks the files and collects every issue without throwing. `unreadable`
 * lists files that exist but could not be parsed (already reported by the
 * caller), so their absence is not reported a second time. Every text and
 * form set must be written in each of `languages` (the table's, by default).
 */
export function inspectDataset(
  files: DataFile[],
  unreadable: ReadonlySet<string> = new Set(),
  languages: readonly Language[] = LANGUAGES,
): { dataset: Dataset; issues: string[] } {
  const schemas = datasetSchemas(languages);
  const issues: string[] = [];
  const sorted = sortFiles(files, issues);
  const skip = new Set(unreadable);
  const topicIds = new Set(sorted.topics.keys());
  for (const path of skip) {
    const name = /^data\/topics\/([^/]+)\.json$/.exec(path)?.[1];
    if (name) topicIds.add(name);
  }
  const facts = checkFacts(sorted.facts, topicIds, schemas, issues);
  const forms = checkForms(sorted, topicIds, skip, schemas, issues);
  const factsComplete = ![...skip].some((path) => path.startsWith('data/facts/'));
  const topics: Topic[] = [];
  for (const [name, file] of sorted.topics) {
    const info = checkTopicInfo(name, file, schemas, issues);
    if (!info) continue;
    checkCardFacts(info, file.path, facts, factsComplete, issues);
    const topicForms = forms.get(name);
    if (topicForms) topics.push({ ...info, forms: topicForms });
  }
  topics.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const allFacts = facts.valid.map((entry) => entry.fact).sort(compareFacts);
  return { dataset: { topics, facts: allFacts }, issues };
}

/**
 * Validates the whole dataset: topics (alphabetical by id) with their forms,
 * and facts sorted by date then id, with zod defaults applied.
 * @throws DatasetError listing every issue found.
 */
export function validateDataset(files: DataFile[], languages: readonly Language[] = LANGUAGES): Dataset {
  const { dataset, issues } = inspectDataset(files, new Set(), languages);
  if (issues.length > 0) throw new DatasetError(issues);
  return dataset;
}
