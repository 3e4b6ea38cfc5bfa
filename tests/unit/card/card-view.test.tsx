import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardTopic } from '@/data/content-data';
import { Card, CARD_TITLE_ID } from '@/components/card/Card';
import type { Dated } from '@/lib/format/span';
import { cardStrings } from '@/lib/card/strings';

const source = (publisher: string, url: string) => ({ publisher, title: `${publisher} report`, url });

const topic: CardTopic = {
  id: 'rekognition',
  label: { en: 'Amazon Rekognition', fr: 'Amazon Rekognition (FR)' },
  summary: { en: 'A face analysis service.', fr: 'Un service d’analyse des visages.' },
  facts: [
    {
      id: 'launch',
      date: '2016-11-30',
      precision: 'day',
      title: { en: 'Launch', fr: 'Lancement' },
      text: { en: 'Launched at re:Invent.', fr: 'Lancé à re:Invent.' },
      sources: [source('AWS', 'https://aws.amazon.com/a'), source('Evil', 'javascript:alert(1)')],
    },
    {
      id: 'oregon',
      date: '2017-06',
      precision: 'month',
      title: { en: 'Oregon', fr: 'Oregon' },
      text: { en: 'A sheriff uses it.', fr: 'Un shérif l’utilise.' },
      sources: [source('Plain', 'http://example.com/'), source('NYT', 'https://www.nytimes.com/x')],
    },
    {
      id: 'ext',
      date: '2021',
      precision: 'year',
      title: { en: 'Extended', fr: 'Prolongé' },
      text: { en: 'Pause extended.', fr: 'Pause prolongée.' },
      sources: [source('Reuters', 'https://www.reuters.com/y')],
    },
    {
      id: 'fourth',
      date: '2022',
      precision: 'year',
      title: { en: 'Fourth', fr: 'Quatrième' },
      text: { en: 'Not on the card.', fr: 'Pas sur la fiche.' },
      sources: [source('X', 'https://x.example.com/')],
    },
  ],
  keyFacts: 3,
};

function mount(lang: 'en' | 'fr' = 'en', pageDate: Dated | null = null) {
  const handlers = { onClose: vi.fn(), onTimeline: vi.fn(), onPauseSite: vi.fn() };
  const root = document.createElement('div');
  document.body.append(root);
  render(<Card topic={topic} lang={lang} strings={cardStrings(lang)} pageDate={pageDate} {...handlers} />, root);
  return { root, ...handlers };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('Card', () => {
  it('is a non-modal dialog named by the topic label', () => {
    const { root } = mount();
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(dialog.getAttribute('aria-labelledby')).toBe(CARD_TITLE_ID);
    expect(root.querySelector(`#${CARD_TITLE_ID}`)?.textContent).toBe('Amazon Rekognition');
    expect(root.querySelector('.summary')?.textContent).toBe('A face analysis service.');
  });

  it('rendered ahead of showing, it is marked prepared and is not yet a dialog', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const noop = () => undefined;
    render(<Card topic={topic} lang="en" strings={cardStrings('en')} prepared onClose={noop} onTimeline={noop} onPauseSite={noop} />, root);
    const card = root.querySelector('.card')!;
    expect(card.getAttribute('data-state')).toBe('prepared');
    expect(['role', 'aria-modal', 'aria-labelledby'].map((name) => card.getAttribute(name))).toEqual([null, null, null]);
    render(<Card topic={topic} lang="en" strings={cardStrings('en')} onClose={noop} onTimeline={noop} onPauseSite={noop} />, root);
    expect(root.querySelector('.card')).toBe(card);
    expect(card.getAttribute('data-state')).toBe('shown');
    expect(card.getAttribute('role')).toBe('dialog');
  });

  it('shows the first three facts with dates at their precision', () => {
    const { root } = mount();
    const times = [...root.querySelectorAll('time')].map((t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times).toEqual([
      ['2016-11-30', '30 Nov 2016'],
      ['2017-06', 'June 2017'],
      ['2021', '2021'],
    ]);
    expect([...root.querySelectorAll('.fact-title')].map((e) => e.textContent)).toEqual(['Launch', 'Oregon', 'Extended']);
  });

  it('links https sources only, in a new tab without opener, named by publisher', () => {
    const { root } = mount();
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://aws.amazon.com/a',
      'https://www.nytimes.com/x',
      'https://www.reuters.com/y',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(links[0]?.firstChild?.textContent).toBe('AWS');
  });

  it('is written in French for a French page', () => {
    const { root } = mount('fr');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('lang')).toBe('fr');
    expect(root.querySelector(`#${CARD_TITLE_ID}`)?.textContent).toBe('Amazon Rekognition (FR)');
    expect([...root.querySelectorAll('time')].map((t) => t.textContent)).toEqual(['30 nov. 2016', 'juin 2017', '2021']);
    expect(root.querySelector('[data-action="timeline"]')?.textContent).toBe('Chronologie complète');
    expect(root.querySelector('.close')?.getAttribute('aria-label')).toBe('Fermer');
  });

  it('calls its actions', () => {
    const { root, onClose, onTimeline, onPauseSite } = mount();
    (root.querySelector('[data-action="timeline"]') as HTMLButtonElement).click();
    (root.querySelector('[data-action="pause-site"]') as HTMLButtonElement).click();
    (root.querySelector('.close') as HTMLButtonElement).click();
    expect(onTimeline).toHaveBeenCalledTimes(1);
    expect(onPauseSite).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  describe('since this page was published', () => {
    const titles = (root: Element, selector: string) => [...root.querySelectorAll(`${selector} .fact-title`)].map((e) => e.textContent);

    it('lists the later facts, newest first, and keeps the earlier ones as key dates', () => {
      const { root } = mount('en', { date: '2018-03-02', precision: 'day' });
      const section = root.querySelector('section.since')!;
      expect(section.querySelector('h3')?.textContent).toBe('Since this page was published (2 March 2018)');
      expect(section.querySelector('h3 time')?.getAttribute('datetime')).toBe('2018-03-02');
      expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h3')?.id);
      expect(titles(root, '.since')).toEqual(['Fourth', 'Extended']);
      // Brief: date, title and sources, no text.
      expect(section.querySelectorAll('.fact-text')).toHaveLength(0);
      expect(section.querySelectorAll('.fact time')).toHaveLength(2);
      expect([...section.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
        'https://x.example.com/',
        'https://www.reuters.com/y',
      ]);
      expect(titles(root, '.scroll > .facts')).toEqual(['Launch', 'Oregon']);
      // The section comes before the key dates.
      const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
      expect(headings).toEqual(['Since this page was published (2 March 2018)', 'Key dates']);
    });

    it('opens the timeline from the page’s first day', () => {
      const { root, onTimeline } = mount('en', { date: '2018-03', precision: 'month' });
      expect(root.querySelector('.since h3')?.textContent).toBe('Since this page was published (March 2018)');
      (root.querySelector('[data-action="timeline-since"]') as HTMLButtonElement).click();
      expect(onTimeline).toHaveBeenCalledWith('2018-03-01');
      (root.querySelector('[data-action="timeline"]') as HTMLButtonElement).click();
      expect(onTimeline).toHaveBeenLastCalledWith();
    });

    it('is written in French on a French card', () => {
      const { root } = mount('fr', { date: '2020-06-11', precision: 'day' });
      expect(root.querySelector('.since h3')?.textContent).toBe('Depuis la publication de cette page (11 juin 2020)');
      expect(root.querySelector('[data-action="timeline-since"]')?.textContent).toBe('Chronologie depuis cette date');
      expect(titles(root, '.since')).toEqual(['Quatrième', 'Prolongé']);
    });

    it('is not there without a page date, or when nothing came after it', () => {
      for (const pageDate of [null, { date: '2023', precision: 'year' } as const]) {
        const { root } = mount('en', pageDate);
        expect(root.querySelector('.since')).toBeNull();
        expect(root.textContent).not.toContain('Since');
        expect(titles(root, '.scroll > .facts')).toEqual(['Launch', 'Oregon', 'Extended']);
        root.remove();
      }
    });
  });
});
