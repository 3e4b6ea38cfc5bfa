/** The shown facts, in date order, under one heading per year. */
import type { Fact, TextLang } from '@/data/schema';
import { groupByYear } from '@/lib/timeline/group';
import { FactItem } from './FactItem';

interface Props {
  facts: Fact[];
  lang: TextLang;
  topicLabel: (id: string) => string;
  /** The fact to highlight briefly (its mark was just activated), if any. */
  flash?: string | null;
}

export function FactList({ facts, lang, topicLabel, flash = null }: Props) {
  return (
    <div class="years">
      {groupByYear(facts).map((group) => (
        <section key={group.year} class="year" aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`}>{group.year}</h2>
          <ol class="facts">
            {group.facts.map((fact) => (
              <li key={fact.id}>
                <FactItem fact={fact} lang={lang} topicLabel={topicLabel} flash={fact.id === flash} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
