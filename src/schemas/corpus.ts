import { z } from 'astro/zod';
import { ArticleSchema } from './article.ts';
import { DiagnosticSchema } from './diagnostic.ts';
import { QuoteSchema } from './quote.ts';
import { SpeakerSchema } from './speaker.ts';
import { StorySchema } from './story.ts';
import { TopicSchema } from './topic.ts';

/** Topic as published in the corpus, with counts. */
export const CorpusTopicSchema = TopicSchema.extend({
  articleCount: z.number().int().nonnegative(),
  quoteCount: z.number().int().nonnegative(),
});

/** The whole analysed collection: what `corpus.json` holds. @see ../../README.md */
export const CorpusSchema = z.object({
  /** Format version of this file. */
  version: z.literal(1),
  articles: z.array(ArticleSchema),
  speakers: z.array(SpeakerSchema),
  quotes: z.array(QuoteSchema),
  topics: z.array(CorpusTopicSchema),
  stories: z.array(StorySchema).default([]),
  /** Problems found in the inputs (warnings; errors stop the run). */
  diagnostics: z.array(DiagnosticSchema).default([]),
});

export type CorpusTopic = z.infer<typeof CorpusTopicSchema>;
export type Corpus = z.infer<typeof CorpusSchema>;
