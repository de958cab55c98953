import { z } from 'astro/zod';

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
});

export type Story = z.infer<typeof StorySchema>;
