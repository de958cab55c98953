// Page weight budget: an article page is at most 20 KB of HTML and CSS after gzip, and only the search page has scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = join(process.cwd(), process.env.SITE_DIR ?? 'dist');
const gz = (path: string): number => gzipSync(readFileSync(path)).length;

test('every article page is at most 20 KB of HTML and CSS after gzip', () => {
  const articles = readdirSync(join(DIST, 'articles')).filter((d) => d !== 'page' && !d.endsWith('.html'));
  expect(articles.length).toBeGreaterThan(0);
  for (const slug of articles) {
    const file = join(DIST, 'articles', slug, 'index.html');
    const html = readFileSync(file, 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => gz(join(DIST, m[1])));
    expect(css.length, 'one stylesheet').toBe(1);
    expect(gz(file) + css[0], slug).toBeLessThanOrEqual(20 * 1024);
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  }
});

test('no page carries markup for Pagefind to read: the index is built from the corpus (scripts/search-index.ts)', () => {
  // Hidden copies of filters and metadata for Pagefind's HTML indexing were dead weight on every quote page.
  const pages = ['articles', 'quotes', 'stories'].flatMap((dir) =>
    readdirSync(join(DIST, dir)).filter((d) => d !== 'page' && !d.endsWith('.html')).map((d) => join(DIST, dir, d, 'index.html')));
  expect(pages.length).toBeGreaterThan(0);
  for (const file of pages) expect(readFileSync(file, 'utf8'), file).not.toContain('data-pagefind');
});
