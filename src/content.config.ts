// The site reads the corpus the build script wrote, validated by the same zod schemas the build script uses.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { ArticleSchema, CorpusTopicSchema, QuoteSchema, SpeakerSchema, StorySchema } from './schemas/index.ts';

// CORPUS_DIR lets a test or benchmark build the site from another corpus without touching generated/.
const CORPUS = `${process.env.CORPUS_DIR ?? 'generated'}/corpus.json`;

// Five collections read one file: parse it once per content sync, not five times (it is large at 10,000 articles).
let cached: { text: string; corpus: Record<string, unknown> } | null = null;

/** A file() parser picking one array of corpus.json; each item carries `id` or `slug`, which the loader uses as entry id. */
function pick(key: 'articles' | 'speakers' | 'quotes' | 'topics' | 'stories') {
  return (text: string): Record<string, unknown>[] => {
    if (cached?.text !== text) cached = { text, corpus: JSON.parse(text) as Record<string, unknown> };
    const items = cached.corpus[key];
    return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
  };
}

export const collections = {
  articles: defineCollection({ loader: file(CORPUS, { parser: pick('articles') }), schema: ArticleSchema }),
  speakers: defineCollection({ loader: file(CORPUS, { parser: pick('speakers') }), schema: SpeakerSchema }),
  quotes: defineCollection({ loader: file(CORPUS, { parser: pick('quotes') }), schema: QuoteSchema }),
  topics: defineCollection({ loader: file(CORPUS, { parser: pick('topics') }), schema: CorpusTopicSchema }),
  stories: defineCollection({ loader: file(CORPUS, { parser: pick('stories') }), schema: StorySchema }),
};
