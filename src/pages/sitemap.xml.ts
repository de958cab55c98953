// The sitemap index: one entry per sitemap file.
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/load-site.ts';
import { chunk, sitePaths } from '../lib/sitemap-paths.ts';
import { sitemapIndexXml } from '../lib/xml.ts';

export const GET: APIRoute = async ({ site }) => {
  const files = chunk(sitePaths(await loadSite())).map((_, i) => new URL(`/sitemap-${i + 1}.xml`, site).href);
  return new Response(sitemapIndexXml(files), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
