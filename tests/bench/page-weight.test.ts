import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsOf, measurePageWeight, pageType, pageWeightReport } from '../../scripts/bench/page-weight.ts';

describe('pageType', () => {
  it.each([
    ['index.html', 'home'],
    ['404.html', '404'],
    ['articles/index.html', 'articles index'],
    ['articles/page/2/index.html', 'articles index'],
    ['articles/talks-stall/index.html', 'article'],
    ['speakers/wang-yi/index.html', 'speaker'],
    ['topics/taiwan/index.html', 'topic'],
    ['quotes/x-q1/index.html', 'quote'],
    ['search/index.html', 'search'],
  ])('%s is a %s page', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});

describe('assetsOf', () => {
  it('finds stylesheets, scripts and module preloads, and skips JSON-LD', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href="/_astro/m.js"><link rel="icon" href="/f.svg">
      <script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="module" src="/_astro/s.js"></script><script>console.log(1)</script><style>p{}</style>`;
    expect(assetsOf(html)).toEqual({ styles: ['/_astro/a.css'], scripts: ['/_astro/m.js', '/_astro/s.js'], inlineScripts: ['console.log(1)'], inlineStyles: ['p{}'] });
  });
});

describe('measurePageWeight', () => {
  it('adds the linked CSS to each page and reports JavaScript only where a page loads it', () => {
    const dist = mkdtempSync(join(tmpdir(), 'weight-'));
    mkdirSync(join(dist, '_astro'));
    mkdirSync(join(dist, 'articles', 'a'), { recursive: true });
    mkdirSync(join(dist, 'search'));
    writeFileSync(join(dist, '_astro', 'site.css'), 'body { margin: 0 }\n'.repeat(50));
    writeFileSync(join(dist, '_astro', 'search.js'), 'export const x = 1;\n');
    writeFileSync(join(dist, 'articles', 'a', 'index.html'), '<link rel="stylesheet" href="/_astro/site.css"><p>Text</p>');
    writeFileSync(join(dist, 'search', 'index.html'), '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/search.js"></script>');
    const rows = measurePageWeight(dist);
    const article = rows.find((r) => r.type === 'article')!;
    expect(article.maxBytes).toBeGreaterThan(40);
    expect(article.pagesWithJs).toBe(0);
    expect(rows.find((r) => r.type === 'search')!.maxJsBytes).toBeGreaterThan(0);
    expect(pageWeightReport(rows).join('\n')).toMatch(/no JavaScript except search: met/);
  });
});
