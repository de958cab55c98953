// Story work done ahead (while quotes are linked elsewhere): the stories are the same as when groupStories does it all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/pipeline/analyse-article.ts';
import { buildCorpus } from '../../scripts/pipeline/build-corpus.ts';
import { groupStories, storyEvidence, storyFramings, storyWording } from '../../scripts/pipeline/10-stories.ts';
import { TopicListSchema } from '../../src/schemas/index.ts';
import topicsJson from '../../content/topics.json' with { type: 'json' };

const topics = TopicListSchema.parse(topicsJson);
// The seeds twice over (a copy under another name), so that every seed shares its quotations with its copy.
const dir = join(import.meta.dirname, '../../content/articles');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const corpus = buildCorpus(files.flatMap((f) => [analyseArticle(f, readFileSync(join(dir, f)), topics), analyseArticle(`copy-${f}`, readFileSync(join(dir, f)), topics)]), topics);
const articles = corpus.articles.map((a) => ({ ...a, story: null }));

describe('groupStories with prepared work', () => {
  it('groups the same stories from prepared wording and framings', () => {
    const plain = groupStories(articles, corpus.quotes, corpus.speakers);
    expect(plain.stories.length).toBeGreaterThan(0);
    const wording = storyWording(articles);
    const prepared = groupStories(articles, corpus.quotes, corpus.speakers, undefined, {
      wording,
      framings: storyFramings(articles, corpus.quotes, corpus.speakers),
      evidence: storyEvidence(articles, corpus.quotes, corpus.speakers, wording),
    });
    expect(JSON.stringify(prepared)).toBe(JSON.stringify(plain));
    expect(JSON.stringify([...prepared.storyOf])).toBe(JSON.stringify([...plain.storyOf]));
  });

  it('gathers the evidence other than quotations before the quotes are linked, and uses the evidence given', () => {
    const unlinked = corpus.quotes.map((q) => ({ ...q, matches: [] }));
    // Gathered from quotes with no links yet, it groups the same stories as evidence gathered after.
    const early = storyEvidence(articles, unlinked, corpus.speakers);
    expect(early.candidates.size).toBeGreaterThan(0);
    expect(early.articleOfQuote.size).toBe(corpus.quotes.length);
    const withEarly = groupStories(articles, corpus.quotes, corpus.speakers, undefined, { evidence: early });
    expect(JSON.stringify(withEarly)).toBe(JSON.stringify(groupStories(articles, corpus.quotes, corpus.speakers)));
    // And it is what groupStories reads: with no candidates and no quotes placed in articles, there is no story.
    expect(withEarly.stories.length).toBeGreaterThan(0);
    const none = { ...early, candidates: new Set<number>(), articleOfQuote: new Map() };
    expect(groupStories(articles, corpus.quotes, corpus.speakers, undefined, { evidence: none }).stories).toEqual([]);
  });

  it('frames every article as its story shows it, and uses the framings given', () => {
    const framings = storyFramings(articles, corpus.quotes, corpus.speakers);
    expect(framings).toHaveLength(articles.length);
    const { stories } = groupStories(articles, corpus.quotes, corpus.speakers);
    for (const s of stories) for (const f of s.framing) expect(f).toEqual(framings[articles.findIndex((a) => a.slug === f.article)]);
    const marked = framings.map((f) => ({ ...f, headline: `given: ${f.headline}` }));
    const given = groupStories(articles, corpus.quotes, corpus.speakers, undefined, { framings: marked });
    expect(given.stories.flatMap((s) => s.framing).every((f) => f.headline.startsWith('given: '))).toBe(true);
  });
});
