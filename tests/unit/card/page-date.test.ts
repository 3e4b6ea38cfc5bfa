import { afterEach, describe, expect, it } from 'vitest';
import { dateFromJsonLd, dateFromMeta, dateFromTime, dateFromUrl, findPageDate } from '@/lib/card/page-date';

const NOW = new Date('2026-12-02T07:00:00Z');
const JUNE_11 = { date: '2020-06-11', precision: 'day' };

/** A fresh document with `head` and `body` markup. */
function page(head: string, body = '<p>Text.</p>'): Document {
  const doc = document.implementation.createHTMLDocument('test');
  doc.head.insertAdjacentHTML('beforeend', head);
  doc.body.insertAdjacentHTML('beforeend', body);
  return doc;
}

const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

afterEach(() => document.body.replaceChildren());

describe('JSON-LD', () => {
  it('reads datePublished from a top-level NewsArticle', () => {
    const doc = page(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2020-06-11T09:00:00-04:00', dateModified: '2021-05-18T10:00:00Z' }));
    expect(dateFromJsonLd(doc, NOW)).toEqual(JUNE_11);
  });

  it('reads a Yoast-style @graph, preferring the article to the web page', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', name: 'A paper' },
          { '@type': 'WebPage', '@id': '#webpage', datePublished: '2020-06-12T08:00:00+00:00' },
          { '@type': ['Article', 'NewsArticle'], isPartOf: { '@id': '#webpage' }, datePublished: '2020-06-11T08:00:00+00:00' },
        ],
      }),
    );
    expect(dateFromJsonLd(doc, NOW)).toEqual(JUNE_11);
  });

  it('reads arrays of objects, mainEntity, array and @value values', () => {
    expect(dateFromJsonLd(page(ld([{ '@type': 'BreadcrumbList' }, { '@type': 'BlogPosting', datePublished: ['2020-06-11'] }])), NOW)).toEqual(JUNE_11);
    expect(dateFromJsonLd(page(ld({ '@type': 'WebPage', mainEntity: { '@type': 'ReportageNewsArticle', datePublished: { '@value': '2020-06-11' } } })), NOW)).toEqual(JUNE_11);
  });

  it('skips a broken block and reads the next one', () => {
    const doc = page(`<script type="application/ld+json">{ "@type": "Article", "datePublished": </script>${ld({ '@type': 'Article', datePublished: '2020-06-11' })}`);
    expect(dateFromJsonLd(doc, NOW)).toEqual(JUNE_11);
  });

  it('gives nothing without datePublished, with only dateModified, or with garbage', () => {
    expect(dateFromJsonLd(page(ld({ '@type': 'NewsArticle', dateModified: '2020-06-11' })), NOW)).toBeNull();
    expect(dateFromJsonLd(page(ld({ '@type': 'NewsArticle', datePublished: 'soon' })), NOW)).toBeNull();
    expect(dateFromJsonLd(page(ld({ '@type': 'NewsArticle', datePublished: '11/06/2020' })), NOW)).toBeNull();
    expect(dateFromJsonLd(page(ld({ '@type': 'NewsArticle', datePublished: '2031-01-01' })), NOW)).toBeNull();
    // Not JSON-LD: an ordinary script holding the same text.
    expect(dateFromJsonLd(page(`<script type="application/json">${JSON.stringify({ datePublished: '2020-06-11' })}</script>`), NOW)).toBeNull();
    // A date nested in some other property (a cited work) is not the page's.
    expect(dateFromJsonLd(page(ld({ '@type': 'NewsArticle', citation: { '@type': 'Article', datePublished: '2019-01-01' } })), NOW)).toBeNull();
  });
});

describe('meta', () => {
  const variants: Array<[string, string]> = [
    ['article:published_time', '<meta property="article:published_time" content="2020-06-11T09:00:00Z">'],
    ['og:article:published_time', '<meta property="og:article:published_time" content="2020-06-11">'],
    ['og:published_time', '<meta property="og:published_time" content="2020-06-11">'],
    ['itemprop datePublished', '<meta itemprop="datePublished" content="2020-06-11">'],
    ['name="date"', '<meta name="date" content="2020-06-11">'],
    ['DC.date (any case)', '<meta name="DC.date" content="2020-06-11">'],
    ['dcterms.date', '<meta name="dcterms.date" content="2020-06-11">'],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2020-06-11T13:00:00Z">'],
    ['sailthru.date', '<meta name="sailthru.date" content="2020-06-11 13:00:00">'],
    ['RFC 2822 text', '<meta name="pubdate" content="Thu, 11 Jun 2020 13:00:00 GMT">'],
  ];
  for (const [name, markup] of variants) {
    it(`reads ${name}`, () => expect(dateFromMeta(page(markup), NOW)).toEqual(JUNE_11));
  }

  it('reads microdata on a <time> element', () => {
    expect(dateFromMeta(page('', '<time itemprop="datePublished" datetime="2020-06-11">11 June</time>'), NOW)).toEqual(JUNE_11);
  });

  it('prefers article:published_time to the looser variants', () => {
    const doc = page('<meta name="date" content="2020-06-12"><meta property="article:published_time" content="2020-06-11">');
    expect(dateFromMeta(doc, NOW)).toEqual(JUNE_11);
  });

  it('gives nothing for modification dates, other names, or bad values', () => {
    for (const markup of [
      '<meta property="article:modified_time" content="2020-06-11">',
      '<meta property="og:updated_time" content="2020-06-11">',
      '<meta name="description" content="2020-06-11">',
      '<meta property="article:published_time" content="03/04/2020">',
      '<meta property="article:published_time" content="2099-01-01">',
      '<meta property="article:published_time" content="">',
      '<meta name="date" content="today">',
    ]) {
      expect(dateFromMeta(page(markup), NOW), markup).toBeNull();
    }
  });
});

describe('<time datetime>', () => {
  it("reads the article header's time", () => {
    const body = '<article><header><h1>T</h1><time datetime="2020-06-11T09:00">11 June 2020</time></header><p>Text.</p></article>';
    expect(dateFromTime(page('', body), NOW)).toEqual(JUNE_11);
  });

  it('reads a byline or WordPress entry-meta time, skipping the "updated" one', () => {
    const byline = '<div class="c-byline">By A. Writer · <time datetime="2020-06-11">June 11</time></div>';
    expect(dateFromTime(page('', byline), NOW)).toEqual(JUNE_11);
    const wordpress =
      '<div class="entry-meta"><time class="updated" datetime="2021-05-18">18 May 2021</time> <time class="entry-date published" datetime="2020-06-11">11 June 2020</time></div>';
    expect(dateFromTime(page('', wordpress), NOW)).toEqual(JUNE_11);
  });

  it('reads a time marked pubdate anywhere', () => {
    expect(dateFromTime(page('', '<p><time pubdate datetime="2020-06-11">then</time></p>'), NOW)).toEqual(JUNE_11);
  });

  it("gives nothing for a site header's date, a date in the text, or a bad datetime", () => {
    const site = '<header class="masthead"><time datetime="2026-12-02">Wednesday 2 December 2026</time></header><article><p>Text.</p></article>';
    expect(dateFromTime(page('', site), NOW)).toBeNull();
    const inText = '<article><p>The vote is on <time datetime="2020-06-11">11 June</time>.</p></article>';
    expect(dateFromTime(page('', inText), NOW)).toBeNull();
    const bad = '<article><header><time datetime="11/06/2020">11/06/2020</time></header></article>';
    expect(dateFromTime(page('', bad), NOW)).toBeNull();
    const updatedOnly = '<article><header><time class="updated" datetime="2020-06-11">11 June</time></header></article>';
    expect(dateFromTime(page('', updatedOnly), NOW)).toBeNull();
  });
});

describe('URL path', () => {
  it('reads /yyyy/mm/dd/, with one-digit parts too, and an ISO date in a segment', () => {
    expect(dateFromUrl('https://news.example/2020/06/11/amazon-pauses-rekognition/', NOW)).toEqual(JUNE_11);
    expect(dateFromUrl('https://www.theverge.com/2020/6/11/21287339/amazon-rekognition', NOW)).toEqual(JUNE_11);
    expect(dateFromUrl('https://blog.example/posts/2020-06-11-a-pause.html', NOW)).toEqual(JUNE_11);
  });

  it('reads /yyyy/mm/slug as a month', () => {
    expect(dateFromUrl('https://blog.example/2020/06/a-pause.html', NOW)).toEqual({ date: '2020-06', precision: 'month' });
  });

  it('gives nothing for a lone year, ids, impossible or future dates, or a query string', () => {
    for (const url of [
      'https://news.example/elections/2020/',
      'https://shop.example/item/20200611/',
      'https://news.example/2020/13/45/x',
      'https://news.example/2031/01/01/x',
      'https://news.example/article?date=2020-06-11',
      'https://news.example/1234/56/78/x',
      'not a url',
    ]) {
      expect(dateFromUrl(url, NOW), url).toBeNull();
    }
  });
});

describe('findPageDate', () => {
  it('takes JSON-LD first, then meta, then the byline, then the URL', () => {
    const all =
      ld({ '@type': 'NewsArticle', datePublished: '2020-06-11' }) + '<meta property="article:published_time" content="2020-06-12">';
    const body = '<article><header><time datetime="2020-06-13">13 June</time></header></article>';
    const url = 'https://news.example/2020/06/14/x';
    expect(findPageDate(page(all, body), url, NOW)?.date).toBe('2020-06-11');
    expect(findPageDate(page('<meta property="article:published_time" content="2020-06-12">', body), url, NOW)?.date).toBe('2020-06-12');
    expect(findPageDate(page('', body), url, NOW)?.date).toBe('2020-06-13');
    expect(findPageDate(page(''), url, NOW)?.date).toBe('2020-06-14');
  });

  it('goes on to the next source when one holds no usable date', () => {
    const head = ld({ '@type': 'NewsArticle', datePublished: '2099-01-01' }) + '<meta property="article:published_time" content="2020-06-11">';
    expect(findPageDate(page(head), 'https://news.example/', NOW)).toEqual(JUNE_11);
  });

  it('gives nothing for an undated page', () => {
    expect(findPageDate(page('<title>x</title>', '<p>Published long ago.</p>'), 'https://news.example/story', NOW)).toBeNull();
  });

  it('reads the live document against the real clock', () => {
    document.head.insertAdjacentHTML('beforeend', '<meta property="article:published_time" content="2020-06-11">');
    try {
      expect(findPageDate(document, 'https://news.example/')).toEqual(JUNE_11);
    } finally {
      document.head.querySelector('meta[property]')?.remove();
    }
  });
});
