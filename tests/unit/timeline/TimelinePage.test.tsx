import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from 'virtual:face-facts/dataset';
import { TimelinePage } from '@/components/timeline/TimelinePage';

// Chromium here ships only its en-US UI, so the French page is checked here,
// with message keys standing in for the UI strings.
vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

let root: HTMLElement | undefined;

function renderPage(lang: 'en' | 'fr', hash = '') {
  history.replaceState(null, '', `/timeline.html${hash}`);
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<TimelinePage topics={dataset.topics} facts={dataset.facts} lang={lang} />, root!));
  return root;
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('TimelinePage', () => {
  it('shows every fact with its French title, text and date at its precision', () => {
    const page = renderPage('fr');
    const titles = [...page.querySelectorAll('article h3')].map((h) => h.textContent);
    expect(titles).toEqual(dataset.facts.map((f) => f.title.fr));
    const texts = [...page.querySelectorAll('article .fact-text')].map((p) => p.textContent);
    expect(texts).toEqual(dataset.facts.map((f) => f.text.fr));
    const month = dataset.facts.find((f) => f.precision === 'month')!;
    const time = page.querySelector(`article[data-fact-id="${month.id}"] time`)!;
    expect(time.getAttribute('datetime')).toBe(month.date);
    expect(time.textContent).toMatch(/^[a-zéû]+\.? \d{4}$/);
  });

  it('labels topic chips and fact topics in French', () => {
    const page = renderPage('fr');
    const chips = [...page.querySelectorAll('button.chip')].map((b) => b.textContent);
    expect(chips).toEqual(dataset.topics.map((t) => t.label.fr));
  });

  it('shows English texts for English', () => {
    const page = renderPage('en');
    expect(page.querySelector('article h3')?.textContent).toBe(dataset.facts[0]!.title.en);
  });

  it('opens filtered from the hash and writes the hash back when a chip changes', () => {
    const page = renderPage('en', '#topic=bans');
    const bans = dataset.facts.filter((f) => f.topics.includes('bans'));
    expect(page.querySelectorAll('article')).toHaveLength(bans.length);
    const chip = page.querySelector<HTMLButtonElement>('button[data-topic="ibm"]')!;
    act(() => chip.click());
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(location.hash).toBe('#topic=bans,ibm');
    const union = dataset.facts.filter((f) => f.topics.includes('bans') || f.topics.includes('ibm'));
    expect(page.querySelectorAll('article')).toHaveLength(union.length);
  });

  it('shows a timeline-only fact without a topic list, and not under a topic chip', () => {
    const only = dataset.facts.find((f) => f.topics.length === 0)!;
    expect(only).toBeDefined();
    let page = renderPage('en');
    const article = page.querySelector(`article[data-fact-id="${only.id}"]`);
    expect(article?.querySelector('h3')?.textContent).toBe(only.title.en);
    expect(article?.querySelector('.fact-topics')).toBeNull();
    expect(page.querySelectorAll('article .fact-topics')).toHaveLength(dataset.facts.filter((f) => f.topics.length > 0).length);
    render(null, page);
    page.remove();
    page = renderPage('en', '#topic=aclu,bans,ibm,rekognition');
    expect(page.querySelector(`article[data-fact-id="${only.id}"]`)).toBeNull();
  });
});
