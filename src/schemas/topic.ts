import { z } from 'astro/zod';

/** A topic as an editor writes it in `content/topics.json`. */
export const TopicSchema = z.strictObject({
  /** URL-safe id, e.g. `south-china-sea`. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  /** Display name, e.g. `South China Sea`. */
  label: z.string().min(1),
  /** One sentence shown on the topic page. */
  description: z.string().min(1),
  /** Words and phrases that signal the topic, matched case-insensitively on word boundaries; a trailing `*` matches any ending (`sanction*`). */
  signals: z.array(z.string().min(1)).min(1),
  /** Phrases that look like a signal but are not (e.g. `Taiwan Strait` for a topic that is not Taiwan). Default: none. */
  exclude: z.array(z.string().min(1)).default([]),
});

/** The topic list file: an array of topics with unique slugs. */
export const TopicListSchema = z.array(TopicSchema).superRefine((topics, ctx) => {
  const seen = new Set<string>();
  topics.forEach((t, i) => {
    if (seen.has(t.slug)) ctx.addIssue({ code: 'custom', path: [i, 'slug'], message: `duplicate topic slug "${t.slug}"` });
    seen.add(t.slug);
  });
});

export type Topic = z.infer<typeof TopicSchema>;
export type TopicInput = z.input<typeof TopicSchema>;
