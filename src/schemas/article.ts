import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** What a line of the input is, once the cleaner has looked at it. */
export const LineRoleSchema = z.enum([
  'title', 'standfirst', 'dateline', 'byline', 'subheading', 'body',
  // not article:
  'advert', 'widget', 'comments', 'signup', 'promo', 'related', 'share', 'caption', 'credit',
  'repeat', 'source-line', 'date-line', 'navigation', 'legal', 'front-matter', 'blank', 'other',
]);

/** One paragraph of the cleaned article body. */
export const ParagraphSchema = z.object({
  /** Paragraph anchor within the article, `p1`, `p2`, … */
  id: z.string(),
  /** The paragraph's text, normalised (one line, single spaces). */
  text: z.string(),
  /** 1-based line of the paragraph's first line in the input file. */
  line: z.number().int().positive(),
  /** `body` for ordinary paragraphs; `subheading` and `standfirst` for the others kept in the body. */
  role: z.enum(['body', 'subheading', 'standfirst']),
});

/** A line of the input that the cleaner did not keep as body, with why. */
export const RemovedLineSchema = z.object({
  /** 1-based line in the input file. */
  line: z.number().int().positive(),
  text: z.string(),
  role: LineRoleSchema,
});

/** The outlet that published the article. */
export const SourceSchema = z.object({
  /** Outlet name, e.g. `Express`, `South China Morning Post`. */
  name: z.string(),
  /** The article's or outlet's address, when known. */
  url: z.string().nullable().default(null),
});

/** Which article fields an editor set in front matter (the page says so). */
export const EditorialFieldSchema = z.enum(['title', 'source', 'date', 'byline', 'topics', 'corrections']);

/** One article, cleaned and analysed. */
export const ArticleSchema = z.object({
  /** URL id, from the title (or the file name); unique in the corpus. */
  slug,
  /** The input file's name, e.g. `000_57f9dc8533c1c050.txt`. */
  file: z.string(),
  /** The headline as printed; derived from the lead when the text has none (see `titleFrom`). */
  title: z.string(),
  /** Where the title came from. */
  titleFrom: z.enum(['text', 'front-matter', 'lead', 'file-name']),
  /** Calendar date the text states, `YYYY-MM-DD`, or null: never invented. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** The words that stated the date, e.g. `Thursday, June 20, 2024`. */
  dateText: z.string().nullable().default(null),
  /** The outlet, where the text or front matter names it. */
  source: SourceSchema.nullable(),
  /** The byline, where present. */
  byline: z.string().nullable().default(null),
  /** A dateline such as `BEIJING (Reuters) —`, where present. */
  dateline: z.string().nullable().default(null),
  /** Standfirst / summary lines under the headline. */
  standfirst: z.array(z.string()).default([]),
  /** The cleaned body, in order. */
  paragraphs: z.array(ParagraphSchema),
  /** Every input line not kept in the body, with its role. */
  removed: z.array(RemovedLineSchema).default([]),
  /** Topic slugs, most prominent first. */
  topics: z.array(slug),
  /** Speaker ids quoted in the article, most quoted first. */
  speakers: z.array(z.string()).default([]),
  /** Fields an editor set in front matter. */
  editorial: z.array(EditorialFieldSchema).default([]),
  /** Words in the cleaned body. */
  wordCount: z.number().int().nonnegative().default(0),
  /** Story id, when the article is grouped with others (see StorySchema). */
  story: z.string().nullable().default(null),
});

export type LineRole = z.infer<typeof LineRoleSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type RemovedLine = z.infer<typeof RemovedLineSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Article = z.infer<typeof ArticleSchema>;
