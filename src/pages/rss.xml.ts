// The RSS feed: the latest articles, newest first.
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/load-site.ts';
import { rfc822 } from '../lib/dates.ts';
import { sourceName, truncate } from '../lib/labels.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';
import { articleUrl } from '../lib/urls.ts';
import { rssXml } from '../lib/xml.ts';

export const GET: APIRoute = async ({ site }) => {
  const index = await loadSite();
  const abs = (path: string) => new URL(path, site).href;
  const items = index.articles.slice(0, 50).map((a) => ({
    title: a.title,
    link: abs(articleUrl(a.slug)),
    description: `${sourceName(a)}. ${truncate(a.standfirst[0] ?? a.paragraphs[0]?.text ?? '', 300)}`,
    pubDate: rfc822(a.date),
  }));
  return new Response(rssXml({ title: SITE_NAME, link: abs('/'), description: SITE_DESCRIPTION }, items), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
