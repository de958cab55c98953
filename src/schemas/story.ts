import { z } from 'astro/zod';

/** One quotation as several of a story's articles carried it (versions linked by the quote matcher). */
export const SharedQuotationSchema = z.object({
  /** Ids of its versions, in story order. */
  quotes: z.array(z.string()).min(2),
  /** Slugs of the articles that carried it. */
  articles: z.array(z.string()).min(2),
  /** The speaker most versions name, or null. */
  speaker: z.string().nullable().default(null),
});

/** How one article of a story framed it: headline, opening, and the share of its words quoted from each side. */
export const ArticleFramingSchema = z.object({
  /** Slug of the article. */
  article: z.string(),
  headline: z.string(),
  /** The first body paragraph. */
  opening: z.string(),
  /** Words in the standfirst and body. */
  words: z.number().int().nonnegative(),
  /** Quoted words per side id (`china`, `us`, `other`; see src/lib/sides.json). */
  quotedWords: z.record(z.string(), z.number().int().nonnegative()),
  /** quotedWords / words per side (0..1). */
  shares: z.record(z.string(), z.number().nonnegative()),
});

/** Articles about the same event, grouped from what they share. */
export const StorySchema = z.object({
  /** URL id, e.g. `story-le-yucheng-ready-for-talks`. */
  id: z.string(),
  /** A short title for the story. */
  title: z.string(),
  /** Slugs of the articles, oldest first (undated last). */
  articles: z.array(z.string()).min(2),
  /** Speaker ids quoted in more than one of its articles. */
  speakers: z.array(z.string()).default([]),
  /** Topic slugs shared by its articles. */
  topics: z.array(z.string()).default([]),
  /** Earliest and latest stated dates of its articles (null when none is dated). */
  firstDate: z.string().nullable().default(null),
  lastDate: z.string().nullable().default(null),
  /** Quotations carried by two or more of its articles, most widely carried first. */
  quotations: z.array(SharedQuotationSchema).default([]),
  /** Framing of each article, in story order. */
  framing: z.array(ArticleFramingSchema).default([]),
});

export type SharedQuotation = z.infer<typeof SharedQuotationSchema>;
export type ArticleFraming = z.infer<typeof ArticleFramingSchema>;
export type Story = z.infer<typeof StorySchema>;
