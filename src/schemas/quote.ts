import { z } from 'astro/zod';

/** `direct`: whole sentences in quotation marks; `partial`: a fragment inside reported speech; `indirect`: reported speech without marks. */
export const QuoteKindSchema = z.enum(['direct', 'partial', 'indirect']);

/** One quotation, with its speaker and its place in the article. */
export const QuoteSchema = z.object({
  /** Stable id: `<article slug>-q<n>`. */
  id: z.string(),
  /** Slug of the article. */
  article: z.string(),
  /** Speaker id, or null when no speaker could be found. */
  speaker: z.string().nullable(),
  /** The quoted words exactly as between the marks (trailing comma or stop included). */
  text: z.string(),
  kind: QuoteKindSchema,
  /** Index of the paragraph in `article.paragraphs`. */
  paragraph: z.number().int().nonnegative(),
  /** Character offsets of `text` within that paragraph's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 1-based line in the input file. */
  line: z.number().int().positive(),
  /** The words that attribute it, e.g. `said the minister`; null when carried over from the previous quote. */
  cue: z.string().nullable().default(null),
  /** How the speaker was found: a name or description next to the quote, a pronoun resolved, a continuation of the previous quote, an editor's correction, or none. */
  attribution: z.enum(['explicit', 'pronoun', 'description', 'continuation', 'editorial', 'none']).default('none'),
  /** Topic slugs of the quote. */
  topics: z.array(z.string()).default([]),
  /** Ids of the same quotation (or a close version of it) in other articles. */
  matches: z.array(z.string()).default([]),
});

export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
