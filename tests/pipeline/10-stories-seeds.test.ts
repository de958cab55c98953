// The project's own article files end to end: the three reports of one interview form one story,
// the two reports of other events stay out of it. Found by the general rules, not by any name.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TopicListSchema } from '../../src/schemas/index.ts';
import { analyseArticle } from '../../scripts/pipeline/analyse-article.ts';
import { buildCorpus } from '../../scripts/pipeline/build-corpus.ts';

const dir = 'content/articles';
const topics = TopicListSchema.parse(JSON.parse(readFileSync('content/topics.json', 'utf8')));
const files = readdirSync(dir).filter((f) => /^00[0-4]_/.test(f)).sort();
const corpus = buildCorpus(files.map((f) => analyseArticle(f, readFileSync(`${dir}/${f}`), topics)), topics);
const storyOf = (prefix: string) => corpus.articles.find((a) => a.file.startsWith(prefix))!.story;

describe('stories on the seed articles', () => {
  it('groups the three reports of the interview into one story', () => {
    expect(files).toHaveLength(5);
    expect(storyOf('000')).not.toBeNull();
    expect(storyOf('001')).toBe(storyOf('000'));
    expect(storyOf('002')).toBe(storyOf('000'));
  });

  it('leaves the two other articles out of it', () => {
    expect(storyOf('003')).not.toBe(storyOf('000'));
    expect(storyOf('004')).not.toBe(storyOf('000'));
  });

  it('finds a quotation all three carried, linked across them', () => {
    const story = corpus.stories.find((s) => s.id === storyOf('000'))!;
    const all = story.quotations.find((q) => q.articles.length === 3);
    expect(all).toBeDefined();
    const quotes = all!.quotes.map((id) => corpus.quotes.find((q) => q.id === id)!);
    expect(quotes.some((q) => q.matches.length > 0)).toBe(true);
  });
});
