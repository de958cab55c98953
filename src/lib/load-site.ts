// Reads the content collections once per build and indexes them (every page calls this).
import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';

let loading: Promise<SiteIndex> | null = null;

/** The indexed corpus, loaded from the content collections on first use. */
export function loadSite(): Promise<SiteIndex> {
  loading ??= (async () => {
    const [articles, speakers, quotes, topics, stories] = await Promise.all([
      getCollection('articles'), getCollection('speakers'), getCollection('quotes'), getCollection('topics'), getCollection('stories'),
    ]);
    return buildSiteIndex({
      articles: articles.map((e) => e.data),
      speakers: speakers.map((e) => e.data),
      quotes: quotes.map((e) => e.data),
      topics: topics.map((e) => e.data),
      stories: stories.map((e) => e.data),
    });
  })();
  return loading;
}
