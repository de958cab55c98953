import { z } from 'astro/zod';

/** A role the text gives a speaker, and where. */
export const SpeakerRoleSchema = z.object({
  /** As written, e.g. `China’s Vice Foreign Minister`. */
  role: z.string(),
  /** Slug of the article that gives it. */
  article: z.string(),
});

/** One person or body quoted in the corpus: one entry across all articles. */
export const SpeakerSchema = z.object({
  /** URL id from the canonical name, e.g. `le-yucheng`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Canonical display name: the fullest form the texts give. */
  name: z.string(),
  /** A named person, an institution, or an unnamed official/spokesperson. */
  kind: z.enum(['person', 'organisation', 'unnamed']),
  /** Roles as reported, with the article that reports each. */
  roles: z.array(SpeakerRoleSchema).default([]),
  /** Every spelling seen (`Le`, `Li`, `Le Yucheng`), sorted. */
  spellings: z.array(z.string()).default([]),
  /** Quotes attributed to the speaker (direct and partial; indirect counted apart). */
  quoteCount: z.number().int().nonnegative(),
  /** Indirect (reported) statements attributed to the speaker. */
  indirectCount: z.number().int().nonnegative().default(0),
  /** Slugs of the articles that quote the speaker. */
  articles: z.array(z.string()),
  /** Topic slugs of the speaker's quotes, most frequent first. */
  topics: z.array(z.string()).default([]),
});

export type SpeakerRole = z.infer<typeof SpeakerRoleSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
