import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '@/data/load';
import { toFiles, validFixture } from './fixture';

const roots: string[] = [];
const LANGUAGES_JSON = readFileSync(resolve(import.meta.dirname, '../../../data/languages.json'), 'utf8');

/** Writes the valid fixture to a fresh temporary repo, then overrides files with raw text. */
function writeRepo(overrides: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'face-facts-data-'));
  roots.push(root);
  const texts = new Map(toFiles(validFixture()).map((f) => [f.path, JSON.stringify(f.json, null, 2)]));
  texts.set('data/languages.json', LANGUAGES_JSON);
  for (const [path, text] of Object.entries(overrides)) {
    if (text === null) texts.delete(path);
    else texts.set(path, text);
  }
  for (const [path, text] of texts) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function loadIssues(root: string): string[] {
  try {
    loadDataset(root);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('loadDataset', () => {
  it('reads and validates the files of a repo', () => {
    const { topics, facts } = loadDataset(writeRepo());
    expect(topics.map((t) => t.id)).toEqual(['bans', 'ibm']);
    expect(facts).toHaveLength(4);
  });

  it('ignores files that are not JSON', () => {
    const root = writeRepo({ 'data/facts/README.md': '# notes' });
    expect(loadDataset(root).facts).toHaveLength(4);
  });

  it('reports a fact file that is not valid JSON, and nothing it would cascade into', () => {
    const issues = loadIssues(writeRepo({ 'data/facts/2019.json': '[{"id": "ibm-dif",' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^data\/facts\/2019\.json: invalid JSON: /);
  });

  it('reports a forms file that is not valid JSON without calling the forms missing', () => {
    const issues = loadIssues(writeRepo({ 'data/forms/ibm.json': '{ en: }' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^data\/forms\/ibm\.json: invalid JSON: /);
  });

  it('reports a topic file that is not valid JSON without orphaning its forms or facts', () => {
    const issues = loadIssues(writeRepo({ 'data/topics/bans.json': '' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^data\/topics\/bans\.json: invalid JSON: /);
  });

  it('reports bad JSON together with the other issues', () => {
    const issues = loadIssues(writeRepo({ 'data/facts/2019.json': 'nope', 'data/forms/bans.json': null }));
    expect(issues).toEqual([
      expect.stringMatching(/^data\/facts\/2019\.json: invalid JSON: /),
      'data/topics/bans.json: topic "bans": forms: missing data/forms/bans.json',
    ]);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const fixture = validFixture();
    const root = writeRepo({ 'data/facts/2020.json': `\uFEFF${JSON.stringify(fixture.facts['2020'])}` });
    expect(loadDataset(root).facts).toHaveLength(4);
  });

  it('reports an empty repo', () => {
    const root = mkdtempSync(join(tmpdir(), 'face-facts-empty-'));
    roots.push(root);
    expect(loadIssues(root)).toEqual(['data/languages.json: missing: the table of languages every text is checked against']);
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data/languages.json'), LANGUAGES_JSON);
    expect(loadIssues(root)).toEqual(['data/topics: no topic files', 'data/facts: no fact files']);
  });

  it('reports a table of languages that is not valid, naming the row and the field', () => {
    const table = JSON.parse(LANGUAGES_JSON) as { code: string; locale: string }[];
    table[1]!.code = 'EN-gb';
    table[2]!.locale = '';
    table[3]!.code = 'en';
    expect(loadIssues(writeRepo({ 'data/languages.json': JSON.stringify(table) }))).toEqual([
      'data/languages.json: [1].code: must be a primary language subtag such as "de"',
      'data/languages.json: [2].locale: must be a locale Intl can write dates in, such as "de-DE"',
      'data/languages.json: [3].code: "en" is listed twice',
    ]);
    expect(loadIssues(writeRepo({ 'data/languages.json': '[]' }))).toEqual(['data/languages.json: (table): must list at least one language']);
  });
});
