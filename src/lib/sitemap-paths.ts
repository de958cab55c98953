// Every page path of the site in a fixed order, cut into sitemap files under the protocol's 50,000-URL limit.
import { ARTICLES_PER_PAGE } from './site.ts';
import type { SiteIndex } from './site-index.ts';
import { articleUrl, articlesPageUrl, quoteUrl, speakerUrl, storyUrl, topicUrl } from './urls.ts';

/** URLs per sitemap file (the protocol allows 50,000). */
export const SITEMAP_CHUNK = 40_000;

/** All page paths: fixed pages, article list pages, then articles, speakers, topics and quotes in index order. */
export function sitePaths(index: SiteIndex): string[] {
  const pages = Math.max(1, Math.ceil(index.articles.length / ARTICLES_PER_PAGE));
  return [
    '/', '/search/', '/speakers/', '/topics/',
    ...Array.from({ length: pages }, (_, i) => articlesPageUrl(i + 1)),
    ...index.articles.map((a) => articleUrl(a.slug)),
    ...index.speakers.map((s) => speakerUrl(s.id)),
    ...index.topics.map((t) => topicUrl(t.slug)),
    ...index.quotes.map((q) => quoteUrl(q.id)),
    '/stories/', ...index.stories.map((s) => storyUrl(s.id)),
  ];
}

/** The paths split into sitemap files of at most `size`. */
export function chunk<T>(items: readonly T[], size = SITEMAP_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}
