// Every page type: no console errors, no horizontal scrolling on a phone, no JavaScript except on search, no axe violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { loadCorpus } from './corpus.ts';

const corpus = loadCorpus();
const pages: [string, string][] = [
  ['home', '/'],
  ['articles', '/articles/'],
  ['speakers', '/speakers/'],
  ['topics', '/topics/'],
  ['search', `/search/?q=${encodeURIComponent(corpus.quotes[0]?.text.split(' ').slice(0, 2).join(' ') ?? 'China')}`],
  ['not found', '/no-such-page/'],
  ...(corpus.articles[0] ? [['article', `/articles/${[...corpus.articles].sort((a, b) => b.paragraphs.length - a.paragraphs.length)[0].slug}/`] as [string, string]] : []),
  ...(corpus.speakers[0] ? [['speaker', `/speakers/${[...corpus.speakers].sort((a, b) => b.quoteCount - a.quoteCount)[0].id}/`] as [string, string]] : []),
  ...(corpus.topics[0] ? [['topic', `/topics/${[...corpus.topics].sort((a, b) => b.articleCount - a.articleCount)[0].slug}/`] as [string, string]] : []),
  ...(corpus.quotes[0] ? [['quote', `/quotes/${corpus.quotes[0].id}/`] as [string, string]] : []),
  ...(corpus.stories[0] ? [['story', `/stories/${[...corpus.stories].sort((a, b) => b.articles.length - a.articles.length)[0].id}/`] as [string, string]] : []),
];

for (const [name, path] of pages) {
  test(`${name} page: no console errors, fits 390 px, scripts only on search`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto(path);
    if (name === 'search') await expect(page.locator('#search-status')).toHaveText(/results?|Nothing found/);
    await page.waitForLoadState('networkidle');
    const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth, 'horizontal scroll').toBeLessThanOrEqual(width);
    expect(errors).toEqual(name === 'not found' ? errors.filter((e) => /404/.test(e)) : []);
    if (name === 'search') expect(scripts.length).toBeGreaterThan(0);
    else expect(scripts).toEqual([]);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${name} page: no axe violations (${scheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(path);
      if (name === 'search') await expect(page.locator('#search-status')).toHaveText(/results?|Nothing found/);
      // target-size (WCAG 2.2: tap targets of 24 px or spaced apart) is off in axe by default; phones are our readers.
      const result = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
}
