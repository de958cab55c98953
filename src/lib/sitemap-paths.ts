// Every page path of the site in a fixed order, cut into sitemap files under the protocol's 50,000-URL limit.
// The page counts of the paginated lists live here too, so routes and the sitemap cannot disagree.
import type { SiteIndex } from './site-index.ts';
import { PER_PAGE, laterPages, pageCount, pagedUrl } from './paging.ts';
import { articleUrl, quoteUrl, speakerUrl, storyUrl, topicQuotesUrl, topicUrl } from './urls.ts';

/** URLs per sitemap file (the protocol allows 50,000). */
export const SITEMAP_CHUNK = 40_000;

/** Pages of a speaker: their quotations grouped by article, `PER_PAGE.speakerArticles` articles a page. */
export function speakerPages(index: SiteIndex, id: string): number {
  const articles = new Set((index.quotesBySpeaker.get(id) ?? []).map((q) => q.article).filter((slug) => index.article.has(slug)));
  return pageCount(articles.size, PER_PAGE.speakerArticles);
}

/** Pages of a topic's article list. */
export const topicArticlePages = (index: SiteIndex, slug: string): number => pageCount(index.articlesByTopic.get(slug)?.length ?? 0, PER_PAGE.articles);

/** Pages of a topic's quotation list. */
export const topicQuotePages = (index: SiteIndex, slug: string): number => pageCount(index.quotesByTopic.get(slug)?.length ?? 0, PER_PAGE.quotes);

/** Every page of a list rooted at `base` with `pages` pages. */
const allPages = (base: string, pages: number): string[] => [base, ...laterPages(pages).map((n) => pagedUrl(base, n))];

/** All page paths: fixed pages and index lists, then articles, speakers, topics, quotes and stories, each with its later pages. */
export function sitePaths(index: SiteIndex): string[] {
  return [
    '/', '/search/',
    ...allPages('/speakers/', pageCount(index.speakers.length, PER_PAGE.speakers)),
    '/topics/',
    ...allPages('/articles/', pageCount(index.articles.length, PER_PAGE.articles)),
    ...index.articles.map((a) => articleUrl(a.slug)),
    ...index.speakers.flatMap((s) => allPages(speakerUrl(s.id), speakerPages(index, s.id))),
    ...index.topics.flatMap((t) => [...allPages(topicUrl(t.slug), topicArticlePages(index, t.slug)), ...allPages(topicQuotesUrl(t.slug), topicQuotePages(index, t.slug))]),
    ...index.quotes.map((q) => quoteUrl(q.id)),
    ...allPages('/stories/', pageCount(index.stories.length, PER_PAGE.stories)),
    ...index.stories.map((s) => storyUrl(s.id)),
  ];
}

/** The paths split into sitemap files of at most `size`. */
export function chunk<T>(items: readonly T[], size = SITEMAP_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}
