/** How are date-ordered facts split into one group per year, for the timeline's headings? */

export interface YearGroup<F> {
  year: string;
  facts: F[];
}

/** Consecutive facts sharing a year (the first four digits of `date`), in the input's order. */
export function groupByYear<F extends { date: string }>(facts: readonly F[]): YearGroup<F>[] {
  const groups: YearGroup<F>[] = [];
  for (const fact of facts) {
    const year = fact.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.facts.push(fact);
    else groups.push({ year, facts: [fact] });
  }
  return groups;
}
