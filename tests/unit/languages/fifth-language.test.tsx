/**
 * Adding a language is adding data: a repository whose table of languages
 * (data/languages.json) has a fifth row, Italian, with Italian texts, forms
 * and card strings in tests/fixtures/fifth-language, and the real locale files
 * for the four others. No code changes, yet the schema demands Italian, the
 * matcher finds Italian mentions, the card strings and the card's language
 * choice include Italian, and the card renders in it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { render } from 'preact';
import { afterAll, describe, expect, it } from 'vitest';
import { Card } from '@/components/card/Card';
import { loadCardStrings } from '@/data/card-strings';
import { pickCardData, pickMatcherData } from '@/data/content-data';
import { LANGUAGES } from '@/data/languages';
import { DatasetError, loadDataset, loadLanguages } from '@/data/load';
import { pickCardLanguage } from '@/lib/card/language';
import { KeySearch } from '@/lib/find/key-search';
import { compileFinder } from '@/lib/find/keys';
import { matcherFrom } from '@/lib/match';

const repo = resolve(import.meta.dirname, '../../..');
const root = mkdtempSync(join(tmpdir(), 'face-facts-fifth-'));
cpSync(resolve(repo, 'tests/fixtures/fifth-language'), root, { recursive: true });
for (const { code } of LANGUAGES) cpSync(resolve(repo, `locales/${code}.yml`), join(root, `locales/${code}.yml`));

afterAll(() => rmSync(root, { recursive: true, force: true }));

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function issuesOf(load: () => unknown): string[] {
  try {
    load();
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.issues;
    throw error;
  }
}

describe('a fifth language, from data alone', () => {
  const languages = loadLanguages(root);

  it('is in the table the build reads', () => {
    expect(languages.map((language) => language.code)).toEqual(['en', 'fr', 'de', 'es', 'it']);
  });

  it('makes the schema accept its texts and forms', () => {
    const dataset = loadDataset(root);
    expect(dataset.facts[0]?.title.it).toBe('San Francisco vieta il riconoscimento facciale ai suoi uffici');
    expect(dataset.topics[0]?.summary.it).toBe('Città e stati che hanno vietato il riconoscimento facciale.');
    expect(dataset.topics[0]?.forms.it?.near).toHaveLength(1);
  });

  it('makes the schema demand its texts and forms, naming file, entry and language', () => {
    const fact = join(root, 'data/facts/2019.json');
    const forms = join(root, 'data/forms/bans.json');
    const original = { fact: readJson(fact), forms: readJson(forms) };
    try {
      const broken = structuredClone(original.fact) as { text: Record<string, string> }[];
      delete broken[0]!.text.it;
      writeFileSync(fact, JSON.stringify(broken));
      const noItalianForms = { ...(original.forms as Record<string, unknown>), it: undefined };
      writeFileSync(forms, JSON.stringify(noItalianForms));
      expect(issuesOf(() => loadDataset(root))).toEqual([
        'data/facts/2019.json: fact "san-francisco-ban": text.it: missing the Italiano (it) text',
        'data/forms/bans.json: topic "bans": it: missing the Italiano (it) forms',
      ]);
    } finally {
      writeFileSync(fact, JSON.stringify(original.fact));
      writeFileSync(forms, JSON.stringify(original.forms));
    }
  });

  it('finds mentions written in it', () => {
    const dataset = loadDataset(root);
    const matcher = matcherFrom(pickMatcherData(dataset));
    const text = 'Nel 2019 San Francisco ha deciso di vietare il riconoscimento facciale alla polizia.';
    // The candidate search that every page runs first flags it too.
    expect(new KeySearch(compileFinder(dataset.topics)).test(text)).toBe(true);
    expect(matcher.match(text).map((m) => ({ topic: m.topic, text: text.slice(m.start, m.end) }))).toEqual([
      { topic: 'bans', text: 'vietare il riconoscimento facciale' },
    ]);
  });

  it('gives the card its strings', () => {
    const strings = loadCardStrings(root);
    expect(Object.keys(strings)).toEqual(['en', 'fr', 'de', 'es', 'it']);
    expect(strings.it?.card_close).toBe('Chiudi');
    expect(strings.de?.card_close).toBe('Schließen');
  });

  it('is a language the card can pick, from the page or when forced', () => {
    expect(pickCardLanguage('auto', { nearest: 'it-CH', document: 'en', browser: 'de' }, languages)).toBe('it');
    expect(pickCardLanguage('auto', { nearest: '', document: 'it', browser: 'de' }, languages)).toBe('it');
    expect(pickCardLanguage('it', { nearest: 'fr', document: 'fr', browser: 'fr' }, languages)).toBe('it');
    // The bundled four-language table has no Italian: the browser's language decides.
    expect(pickCardLanguage('auto', { nearest: 'it-CH', document: 'it', browser: 'de' })).toBe('de');
  });

  it('renders the card in it, with Italian dates', () => {
    const topic = pickCardData(loadDataset(root)).topics[0]!;
    const strings = loadCardStrings(root).it!;
    const host = document.createElement('div');
    document.body.append(host);
    const noop = () => {};
    render(<Card topic={topic} lang="it" strings={strings} onClose={noop} onTimeline={noop} onPauseSite={noop} />, host);
    const dialog = host.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('lang')).toBe('it');
    expect(host.textContent).toContain('Divieti del riconoscimento facciale');
    expect(host.textContent).toContain('Date chiave');
    expect(host.querySelector('time')?.textContent).toBe('14 mag 2019');
    expect(host.querySelector('button.close')?.getAttribute('aria-label')).toBe('Chiudi');
    render(null, host);
    host.remove();
  });
});
