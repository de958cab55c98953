// The story pages over the built site, checked against the corpus it was built from.
import { expect, test } from '@playwright/test';
import { loadCorpus } from './corpus.ts';
import { attrs, walkPages } from './paging.ts';

const corpus = loadCorpus();
// The largest story: on the seeds, the three reports of one interview.
const story = [...corpus.stories].sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1))[0];

test('the story page shows every headline, the quotation all its articles carried, and word-level differences between versions', async ({ page }) => {
  expect(story, 'the corpus has no story').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.goto(`/stories/${story.id}/`);
  await expect(page.locator('h1')).toHaveText(story.title);
  for (const slug of story.articles) {
    const article = corpus.articles.find((a) => a.slug === slug)!;
    await expect(page.locator(`.sbs [data-article="${slug}"] .headline a`)).toHaveText(article.title);
  }
  const all = story.quotations.findIndex((q) => q.articles.length === story.articles.length);
  expect(all, 'a quotation carried by every article of the story').toBeGreaterThanOrEqual(0);
  const row = page.locator(`[data-quotation="${all}"]`);
  for (const id of story.quotations[all].quotes) await expect(row.locator(`[data-version="${id}"]`)).toHaveCount(1);
  const texts = story.quotations[all].quotes.map((id) => corpus.quotes.find((q) => q.id === id)!.text);
  const fullest = texts.reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a));
  await expect(row.locator('blockquote')).toContainText(fullest.slice(0, 60));
  // At least one version differs from the fullest: its cut or changed words are marked up, visibly.
  const marked = row.locator('.versions del, .versions ins');
  expect(await marked.count()).toBeGreaterThan(0);
  await expect(marked.first()).toBeVisible();
});

test('the stories index lists every story, and each article of a story links to it', async ({ page }) => {
  expect(story, 'the corpus has no story').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  const { items: listed } = await walkPages(page, '/stories/', attrs('main [data-story]', 'data-story'));
  expect(listed.sort()).toEqual(corpus.stories.map((s) => s.id).sort());
  for (const slug of story.articles) {
    await page.goto(`/articles/${slug}/`);
    await expect(page.locator(`main a[href="/stories/${story.id}/"]`).first()).toBeVisible();
  }
});

test('the story page has no horizontal scrolling on a phone', async ({ page }) => {
  expect(story, 'the corpus has no story').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/stories/${story.id}/`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('on a phone, the names each article quoted are tap targets of at least 24 px (WCAG 2.5.8)', async ({ page }) => {
  expect(story, 'the corpus has no story').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/stories/${story.id}/`);
  const heights = await page.locator('.sbs .who-list a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
  expect(heights.length, 'speaker links on the story page').toBeGreaterThan(0);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
});

test('quotes and speakers of a story link to it, and the story filter alone finds its records', async ({ page }) => {
  expect(story, 'the corpus has no story').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  const quote = corpus.quotes.find((q) => story.articles.includes(q.article) && q.speaker)!;
  await page.goto(`/quotes/${quote.id}/`);
  await expect(page.locator(`main a[href="/stories/${story.id}/"]`)).toBeVisible();
  await page.goto(`/speakers/${quote.speaker}/`);
  await expect(page.locator(`main a[href="/stories/${story.id}/"]`)).toBeVisible();
  await page.goto(`/search/?story=${encodeURIComponent(story.title)}`);
  const expected = 1 + story.articles.length + corpus.quotes.filter((q) => story.articles.includes(q.article)).length;
  await expect(page.locator('#search-status')).toHaveText(`${expected} results`);
});

test('no two links of the story page overlap on a phone, measured without scrolling as an accessibility checker does', async ({ page }) => {
  expect(story, 'the corpus has no story').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/stories/${story.id}/`);
  // Rects read at once, top of the page on screen: blocks the browser skips off screen (content-visibility) would be
  // laid out at their placeholder size here, and their links drawn over the ones below (Lighthouse's target-size audit).
  const rects = await page.locator('a').evaluateAll((links) => links.map((a) => {
    const r = a.getBoundingClientRect();
    return { href: a.getAttribute('href'), top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }).filter((r) => r.bottom > r.top));
  const overlaps = rects.flatMap((a, i) => rects.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom - 1 && b.top < a.bottom - 1).map((b) => `${a.href} / ${b.href}`));
  expect(overlaps).toEqual([]);
});

test('the story page shows each article\'s own quotations only up to a few, and links to the article for the rest', async ({ page }) => {
  expect(story, 'the corpus has no story').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.goto(`/stories/${story.id}/`);
  // Each column states how many quotations its article has of its own ("…; 7 of its own.").
  const own = (await page.locator('.sbs > li').evaluateAll((cols) => cols.map((c) => c.textContent ?? ''))).map((t) => Number(/(\d+) of its own/.exec(t)?.[1]));
  expect(Math.max(...own), 'an article of the story with more own quotations than the page shows').toBeGreaterThan(3);
  const shown = await page.locator('.own .qlist').evaluateAll((uls) => uls.map((ul) => ul.children.length));
  expect(shown).toEqual(own.filter((n) => n > 0).map((n) => Math.min(n, 3)));
  await expect(page.locator('.own a', { hasText: 'more in the article' })).toHaveText(own.filter((n) => n > 3).map((n) => `${n - 3} more in the article`));
});
