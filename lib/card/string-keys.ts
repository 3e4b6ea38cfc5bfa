/** Which UI strings a card shows (their texts: data/card-strings.ts). */
export const CARD_STRING_KEYS = [
  'card_close',
  'card_facts',
  'card_sources',
  'card_new_tab',
  'card_timeline',
  'card_pause_site',
  /** "Since this page was published ($1)": $1 is the page's date. */
  'card_since',
  'card_since_timeline',
] as const;

export type CardStringKey = (typeof CARD_STRING_KEYS)[number];
export type CardStrings = Record<CardStringKey, string>;
