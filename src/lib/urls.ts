// One place for every internal URL, so pages, feeds, the sitemap and the tests agree.

/** The article page. */
export const articleUrl = (slug: string): string => `/articles/${slug}/`;
/** The speaker page. */
export const speakerUrl = (id: string): string => `/speakers/${id}/`;
/** The topic page. */
export const topicUrl = (slug: string): string => `/topics/${slug}/`;
/** The quote's permalink page. */
export const quoteUrl = (id: string): string => `/quotes/${id}/`;
/** The story page (pages are built by the stories feature). */
export const storyUrl = (id: string): string => `/stories/${id}/`;
/** The anchor of a quote inside its article page. */
export const quoteAnchor = (id: string): string => `q-${id}`;
/** The quote's place in its article. */
export const quoteInArticleUrl = (article: string, id: string): string => `${articleUrl(article)}#${quoteAnchor(id)}`;
/** The search page with filters set (keys: q, speaker, topic, source, kind). */
export function searchUrl(params: Record<string, string> = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
  return query ? `/search/?${query}` : '/search/';
}
/** A page of the paginated article list (page 1 is the list's root). */
export const articlesPageUrl = (page: number): string => (page <= 1 ? '/articles/' : `/articles/page/${page}/`);
/** The list of a topic's quotations (page 1; later pages via `pagedUrl`). */
export const topicQuotesUrl = (slug: string): string => `/topics/${slug}/quotes/`;
