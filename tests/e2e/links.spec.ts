// Every internal link and asset reference on every built page resolves, anchors included (read from dist/, no browser).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, htmlFiles } from './site-files.ts';


/** The file a site path is served from, or null. */
function target(path: string): string | null {
  const full = join(DIST, decodeURIComponent(path));
  if (existsSync(full) && statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : null;
  return existsSync(full) ? full : null;
}

const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

test('every internal link on every page resolves', () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(5);
  const site = new URL(readFileSync(join(DIST, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)![1]).origin;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      let ref = decode(m[1]);
      if (ref.startsWith(site)) ref = ref.slice(site.length);
      if (ref.startsWith('#')) ref = `/${relative(DIST, file).replace(/index\.html$/, '')}${ref}`;
      if (!ref.startsWith('/') || ref.startsWith('//')) continue;
      const url = new URL(ref, 'http://x');
      const page = target(url.pathname);
      checked++;
      if (!page) broken.push(`${relative(DIST, file)} → ${ref}`);
      else if (url.hash && page.endsWith('.html') && !idsOf(page).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${relative(DIST, file)} → ${ref} (no such anchor)`);
    }
  }
  expect(checked).toBeGreaterThan(files.length);
  expect(broken).toEqual([]);
});

test('the open data files, feed and sitemap are published', () => {
  for (const f of ['data/corpus.json', 'data/corpus.schema.json', 'data/quotes.csv', 'rss.xml', 'sitemap.xml', 'sitemap-1.xml', 'robots.txt', '404.html']) {
    expect(existsSync(join(DIST, f)), f).toBe(true);
  }
  expect(JSON.parse(readFileSync(join(DIST, 'data/corpus.json'), 'utf8'))).toHaveProperty('articles');
});

test('the sitemap lists every page and only pages that exist', () => {
  const index = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(files.length).toBeGreaterThan(0);
  const listed = files.flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1].replace(/&amp;/g, '&')).pathname));
  const pages = htmlFiles(DIST).map((f) => `/${relative(DIST, f).replace(/index\.html$/, '')}`).filter((p) => p !== '/404.html');
  expect([...listed].sort()).toEqual([...pages].sort());
});

test('every JSON-LD block parses, names its type, and holds no raw "<"', () => {
  const types = new Set<string>();
  for (const file of htmlFiles(DIST)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)) {
      expect(m[1], relative(DIST, file)).not.toContain('<');
      const ld = JSON.parse(m[1]) as { '@type': string };
      types.add(ld['@type']);
    }
  }
  for (const t of ['WebSite', 'NewsArticle', 'Quotation']) expect(types).toContain(t);
});
