import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

/** An editor's statement of the article's outlet. A bare string is the outlet's name. */
export const FrontMatterSourceSchema = z.union([
  z.string().min(1),
  z.strictObject({
    /** The outlet's name, e.g. `South China Morning Post`. */
    name: z.string().min(1),
    /** The article's address on the outlet's site. */
    url: z.url().optional(),
  }),
]);

/** Editorial corrections to the analysis, stated as data in the article's front matter. */
export const CorrectionsSchema = z.strictObject({
  /** Spellings mapped to a canonical speaker name, e.g. `{ Li: Le Yucheng }`. */
  speakers: z.record(z.string().min(1), z.string().min(1)).optional(),
  /** Quotations to drop: the exact quoted words (or a unique prefix of them). */
  dropQuotes: z.array(z.string().min(1)).optional(),
  /** Quotations whose speaker is wrong: the quoted words (or a unique prefix) and the right speaker's name. */
  quoteSpeakers: z.array(z.strictObject({ text: z.string().min(1), speaker: z.string().min(1) })).optional(),
  /** Lines (exact text) the cleaner removed but which belong to the article. */
  keepLines: z.array(z.string().min(1)).optional(),
  /** Lines (exact text) the cleaner kept but which are not article. */
  dropLines: z.array(z.string().min(1)).optional(),
});

/** YAML front matter an editor may put at the top of an article file. Every key is optional; unknown keys are an error. */
export const FrontMatterSchema = z.strictObject({
  /** The headline, when the text has none or the wrong one. */
  title: z.string().min(1).optional(),
  /** The outlet. */
  source: FrontMatterSourceSchema.optional(),
  /** The article's address (same as `source.url`). */
  url: z.url().optional(),
  /** Publication date, `YYYY-MM-DD` (YAML dates are accepted too). */
  date: z.union([isoDate, z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
  /** Byline, e.g. `Jane Doe`. */
  byline: z.string().min(1).optional(),
  /** Topic slugs to add to or remove from what the analysis found. */
  topics: z.strictObject({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() }).optional(),
  /** Corrections to the analysis. */
  corrections: CorrectionsSchema.optional(),
});

export type FrontMatter = z.infer<typeof FrontMatterSchema>;
export type Corrections = z.infer<typeof CorrectionsSchema>;
