// One sitemap file of at most 40,000 page URLs.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../lib/load-site.ts';
import { chunk, sitePaths } from '../lib/sitemap-paths.ts';
import { sitemapXml } from '../lib/xml.ts';

export const getStaticPaths = (async () => chunk(sitePaths(await loadSite())).map((paths, i) => ({ params: { n: String(i + 1) }, props: { paths } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(sitemapXml((props.paths as string[]).map((p) => new URL(p, site).href)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
