// Modules served by data/vite-plugin.ts from the validated JSON in data/.
declare module 'virtual:face-facts/dataset' {
  const dataset: import('./schema').Dataset;
  export default dataset;
}

declare module 'virtual:face-facts/content' {
  const data: import('./content-data').ContentData;
  export default data;
}

declare module 'virtual:face-facts/finder' {
  const data: import('../lib/find/keys').FinderData;
  export default data;
}

declare module 'virtual:face-facts/matcher' {
  /** Parses the data anew on each call. */
  const data: () => import('../lib/match/compile').CompiledData;
  export default data;
}

declare module 'virtual:face-facts/topics' {
  const topics: import('./content-data').TopicSummary[];
  export default topics;
}

declare module 'virtual:face-facts/card' {
  const data: import('./content-data').CardData;
  export default data;
}

declare module 'virtual:face-facts/card-strings' {
  const strings: Record<import('./languages').Lang, import('../lib/card/string-keys').CardStrings>;
  export default strings;
}
