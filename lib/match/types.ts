/** What the matcher takes in and gives back. */
import type { Forms } from '@/data/schema';

/** One mention of a topic, with offsets into the ORIGINAL string. */
export interface Mention {
  topic: string;
  start: number;
  end: number;
  /** The Term text that matched, or the rule's terms joined with "+" for a proximity span. */
  form: string;
}

export interface MatcherTopic {
  id: string;
  forms: Forms;
}

export interface Matcher {
  /** Mentions in `text`, sorted by start and never overlapping. */
  match(text: string): Mention[];
}
