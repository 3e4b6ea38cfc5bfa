/**
 * The one schema for Face Facts' bundled dataset.
 *
 * Every type the code uses for topics, facts and detection forms is inferred
 * from here, and `data/load.ts` validates the JSON files in `data/` against it
 * at build time and in `npm run check:data`.
 */
import { z } from 'zod';
import { LANGUAGES, type Lang, type Language } from './languages';

const text = z.string().trim().min(1, 'must not be empty');

/** One row of `data/languages.json` (see data/languages.ts). */
export const LanguageRow = z.strictObject({
  code: z.string().regex(/^[a-z]{2,3}$/, 'must be a primary language subtag such as "de"'),
  name: text,
  locale: z.string().refine((locale) => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
    } catch {
      return false;
    }
  }, 'must be a locale Intl can write dates in, such as "de-DE"'),
  searchFolds: z.record(z.string().regex(/^\p{Ll}+$/u, 'must be lowercase letters'), z.string().regex(/^\p{Ll}*$/u)).optional(),
});

/** The table of languages: at least one, each code once; the first is the default. */
export const LanguageTable = z
  .array(LanguageRow)
  .min(1, 'must list at least one language')
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `"${row.code}" is listed twice` });
      seen.add(row.code);
    });
  });

/** A text written in every language of the table; a missing one is named in the error. */
export function localizedSchema(languages: readonly Language[]) {
  return z.strictObject(
    Object.fromEntries(
      languages.map(({ code, name }) => [
        code,
        z
          .string({ error: (issue) => (issue.input === undefined ? `missing the ${name} (${code}) text` : `the ${name} (${code}) text must be a string`) })
          .trim()
          .min(1, 'must not be empty'),
      ]),
    ) as Record<Lang, z.ZodString>,
  );
}

/** A text written in every language of the bundled table. */
export const Localized = localizedSchema(LANGUAGES);

export const TopicId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes');
export const FactId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes');

export const HttpsUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}, 'must be an absolute https URL');

export const Source = z.strictObject({
  publisher: text,
  title: text,
  url: HttpsUrl,
});

/** A card lists a fact's sources on one line, so a fact cites at most four. */
export const MAX_SOURCES = 4;

export const DatePrecision = z.enum(['day', 'month', 'year']);

const DATE_SHAPES = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
} as const;

/** Whether `date` is a real calendar date written at exactly `precision`. */
export function isDateAtPrecision(date: string, precision: z.infer<typeof DatePrecision>): boolean {
  const parts = DATE_SHAPES[precision].exec(date);
  if (!parts) return false;
  const year = Number(parts[1]);
  const month = parts[2] === undefined ? 1 : Number(parts[2]);
  const day = parts[3] === undefined ? 1 : Number(parts[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export const Fact = z
  .strictObject({
    id: FactId,
    /** ISO 8601 date, written only as far as `precision` allows: 2016-11-30, 2017-06 or 2019. */
    date: z.string(),
    precision: DatePrecision,
    /**
     * The topics whose card may list this fact. `[]` is a timeline-only fact:
     * it is in the timeline but on no card (docs/sources-policy.md).
     */
    topics: z.array(TopicId, { error: 'must be a list of topic ids ([] for a timeline-only fact)' }),
    title: Localized,
    text: Localized,
    sources: z
      .array(Source)
      .min(1, 'must have at least one source')
      .max(MAX_SOURCES, `must have at most ${MAX_SOURCES} sources`),
    tags: z.array(z.string().regex(/^[a-z][a-z-]*$/)).default([]),
  })
  .superRefine((fact, ctx) => {
    if (!isDateAtPrecision(fact.date, fact.precision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `"${fact.date}" is not a real date written at ${fact.precision} precision`,
      });
    }
  });

/**
 * One surface form. A space in `text` matches any run of spaces, line breaks
 * or hyphens; a trailing `*` lets the word continue (a stem such as
 * "Gesichtserkennung*" also matches "Gesichtserkennungssoftware").
 */
export const Term = z.strictObject({
  text: text.refine((t) => t.replace(/\*$/, '').trim().length > 0, 'must have letters before *'),
  /** Acronyms such as IBM are case-sensitive; names match in any case. */
  case: z.enum(['sensitive', 'insensitive']).default('insensitive'),
});

/**
 * A proximity rule: a word from `any` and a word from `with` within `within`
 * words of each other, in either order, in the same sentence.
 */
export const NearRule = z.strictObject({
  any: z.array(Term).min(1, 'must list at least one term'),
  with: z.array(Term).min(1, 'must list at least one term'),
  within: z.number().int().min(1).max(12),
});

export const FormSet = z
  .strictObject({
    names: z.array(Term).default([]),
    near: z.array(NearRule).default([]),
  })
  .refine((set) => set.names.length + set.near.length > 0, 'must have at least one name or rule');

function formsSchema(languages: readonly Language[]) {
  return z.strictObject(
    Object.fromEntries(
      languages.map(({ code, name }) => [
        code,
        z.custom((set) => set !== undefined, `missing the ${name} (${code}) forms`).pipe(FormSet),
      ]),
    ) as unknown as Record<Lang, typeof FormSet>,
  );
}

/** A topic's detection forms, `data/forms/<id>.json`: one form set per language. */
export const Forms = formsSchema(LANGUAGES);

/** A topic as written in `data/topics/<id>.json`. */
export const TopicInfo = z.strictObject({
  id: TopicId,
  label: Localized,
  summary: Localized,
  /** The facts this topic's card shows, most important first. */
  cardFacts: z.array(FactId).min(1, 'must list at least one fact'),
});

/** A topic with its detection forms from `data/forms/<id>.json`. */
export const Topic = TopicInfo.extend({ forms: Forms });

/**
 * The schemas of the files in `data/` for another table of languages (the
 * bundled table's are the exports above): every text and form set in each.
 */
export function datasetSchemas(languages: readonly Language[]) {
  if (languages === LANGUAGES) return { Fact, Forms, TopicInfo };
  const localized = localizedSchema(languages);
  return {
    Fact: Fact.safeExtend({ title: localized, text: localized }),
    Forms: formsSchema(languages),
    TopicInfo: TopicInfo.extend({ label: localized, summary: localized }),
  };
}

/** A language code of the table (data/languages.json). */
export type TextLang = Lang;
export type FormLang = Lang;
export type Localized = z.infer<typeof Localized>;
export type Source = z.infer<typeof Source>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type Fact = z.infer<typeof Fact>;
export type Term = z.infer<typeof Term>;
export type NearRule = z.infer<typeof NearRule>;
export type FormSet = z.infer<typeof FormSet>;
export type Forms = z.infer<typeof Forms>;
export type TopicInfo = z.infer<typeof TopicInfo>;
export type Topic = z.infer<typeof Topic>;

/** The whole validated dataset. */
export interface Dataset {
  topics: Topic[];
  /** Every fact, sorted by date. */
  facts: Fact[];
}
