/** The shown facts, in date order, under one heading per year. */
import type { Fact, TextLang } from '@/data/schema';
import { groupByYear } from '@/lib/timeline/group';
import { FactItem } from './FactItem';

interface Props {
  facts: Fact[];
  lang: TextLang;
  topicLabel: (id: string) => string;
}

export function FactList({ facts, lang, topicLabel }: Props) {
  return (
    <div class="years">
      {groupByYear(facts).map((group) => (
        <section key={group.year} class="year" aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`}>{group.year}</h2>
          <ol class="facts">
            {group.facts.map((fact) => (
              <li key={fact.id}>
                <FactItem fact={fact} lang={lang} topicLabel={topicLabel} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
