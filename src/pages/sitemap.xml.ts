// The sitemap: every page, in a fixed order.
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/load-site.ts';
import { ARTICLES_PER_PAGE } from '../lib/site.ts';
import { articleUrl, articlesPageUrl, quoteUrl, speakerUrl, topicUrl } from '../lib/urls.ts';
import { sitemapXml } from '../lib/xml.ts';

export const GET: APIRoute = async ({ site }) => {
  const index = await loadSite();
  const pages = Math.max(1, Math.ceil(index.articles.length / ARTICLES_PER_PAGE));
  const paths = [
    '/', '/search/', '/speakers/', '/topics/',
    ...Array.from({ length: pages }, (_, i) => articlesPageUrl(i + 1)),
    ...index.articles.map((a) => articleUrl(a.slug)),
    ...index.speakers.map((s) => speakerUrl(s.id)),
    ...index.topics.map((t) => topicUrl(t.slug)),
    ...index.quotes.map((q) => quoteUrl(q.id)),
  ];
  return new Response(sitemapXml(paths.map((p) => new URL(p, site).href)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
