/**
 * One dated fact on the hover card: its date at its precision, title, text and
 * source links (https only). A brief fact leaves the text out.
 */
import { Fragment } from 'preact';
import type { CardFact as Fact } from '@/data/content-data';
import type { TextLang } from '@/data/schema';
import type { CardStrings } from '@/lib/card/strings';
import { httpsOnly } from '@/lib/card/safe-url';
import { dateTimeAttribute, formatFactDate } from '@/lib/format/date';

interface Props {
  fact: Fact;
  lang: TextLang;
  strings: CardStrings;
  /** Date, title and sources only. */
  brief?: boolean;
}

export function CardFact({ fact, lang, strings, brief = false }: Props) {
  const sources = fact.sources.flatMap((source) => {
    const href = httpsOnly(source.url);
    return href ? [{ ...source, href }] : [];
  });
  return (
    <li class="fact" data-fact-id={fact.id}>
      <time class="fact-date" dateTime={dateTimeAttribute(fact.date, fact.precision)}>
        {formatFactDate(fact.date, fact.precision, lang)}
      </time>
      <p class="fact-title">{fact.title[lang]}</p>
      {!brief && <p class="fact-text">{fact.text[lang]}</p>}
      {sources.length > 0 && (
        <p class="fact-sources">
          <span class="sources-label">{strings.card_sources}</span>{' '}
          {sources.map((source, index) => (
            <Fragment key={source.href}>
              {index > 0 && ', '}
              <a href={source.href} target="_blank" rel="noopener noreferrer" title={source.title}>
                {source.publisher}
                <span class="visually-hidden"> {strings.card_new_tab}</span>
              </a>
            </Fragment>
          ))}
        </p>
      )}
    </li>
  );
}
