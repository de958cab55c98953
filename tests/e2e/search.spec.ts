// Search with Pagefind: words find a quotation; each filter alone lists exactly its records.
import { expect, test, type Page } from '@playwright/test';
import { loadCorpus, sorted } from './corpus.ts';

const corpus = loadCorpus();
const speakerName = new Map(corpus.speakers.map((s) => [s.id, s.name]));
const topicLabel = new Map(corpus.topics.map((t) => [t.slug, t.label]));

/** Every result URL, after opening all pages of results. */
async function allResults(page: Page): Promise<string[]> {
  await expect(page.locator('#search-status')).toHaveText(/\d+ results?|Nothing found/);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = await page.locator('#search-results > li').count();
    await more.click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(before);
  }
  return page.locator('#search-results > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-url')!));
}

test('a few words of a quotation find it', async ({ page }) => {
  const quote = corpus.quotes.find((q) => q.kind === 'direct' && q.text.split(/\s+/).length >= 8);
  expect(quote, 'no long direct quote').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  const words = quote!.text.replace(/[^\p{L}\p{N}\s'’-]/gu, ' ').split(/\s+/).filter(Boolean);
  const query = words.slice(2, 6).join(' ');
  await page.goto('/search/');
  await expect(page.locator('html')).toHaveAttribute('data-search', 'ready');
  await page.locator('#q').fill(query);
  await expect(page.locator(`#search-results > li[data-url="/quotes/${quote!.id}/"]`)).toBeVisible();
});

test('the header search box sends its words to the search page', async ({ page }) => {
  const quote = corpus.quotes.find((q) => q.kind === 'direct' && q.text.split(/\s+/).length >= 6);
  expect(quote, 'no direct quote').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  const query = quote!.text.split(/\s+/).slice(0, 4).join(' ');
  await page.goto('/topics/');
  await page.locator('#site-q').fill(query);
  await page.locator('#site-q').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('#q')).toHaveValue(query);
  await expect(page.locator(`#search-results > li[data-url="/quotes/${quote!.id}/"]`)).toBeVisible();
});

test('the speaker filter alone lists every quote of that speaker and nothing else', async ({ page }) => {
  const counts = new Map<string, number>();
  for (const q of corpus.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const [id] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  expect(id, 'no attributed quote').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.goto('/search/');
  await expect(page.locator('html')).toHaveAttribute('data-search', 'ready');
  await page.locator('#f-speaker').selectOption(speakerName.get(id)!);
  const urls = await allResults(page);
  expect(sorted(urls)).toEqual(sorted(corpus.quotes.filter((q) => q.speaker === id).map((q) => `/quotes/${q.id}/`)));
  await expect(page).toHaveURL(/speaker=/);
});

test('the topic filter alone lists every quote and article of that topic and nothing else', async ({ page }) => {
  const topic = [...corpus.topics].sort((a, b) => b.quoteCount + b.articleCount - (a.quoteCount + a.articleCount))[0];
  expect(!(!topic || topic.articleCount === 0), 'no topic in use').toBe(true); // the seeds have one: a corpus without it is a failure, not a skip
  await page.goto(`/search/?topic=${encodeURIComponent(topicLabel.get(topic.slug)!)}`);
  const urls = await allResults(page);
  const expected = [
    ...corpus.quotes.filter((q) => q.topics.includes(topic.slug)).map((q) => `/quotes/${q.id}/`),
    ...corpus.articles.filter((a) => a.topics.includes(topic.slug)).map((a) => `/articles/${a.slug}/`),
  ];
  expect(sorted(urls)).toEqual(sorted(expected));
});

test('the kind filter separates articles from quotations', async ({ page }) => {
  await page.goto('/search/?kind=Article');
  expect(sorted(await allResults(page))).toEqual(sorted(corpus.articles.map((a) => `/articles/${a.slug}/`)));
});

test('the speaker filter offers every quoted speaker once the reader opens it', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('html')).toHaveAttribute('data-search', 'ready');
  await page.locator('#f-speaker').focus();
  await expect(page.locator('html')).toHaveAttribute('data-filters', 'all');
  const offered = await page.locator('#f-speaker option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value).filter(Boolean));
  const expected = new Set(corpus.quotes.map((q) => (q.speaker && speakerName.has(q.speaker) ? speakerName.get(q.speaker)! : 'Unattributed')));
  expect(sorted(offered)).toEqual(sorted(expected));
});

test('typing fast ends with the results for the last words, not for a word on the way', async ({ page }) => {
  const quote = corpus.quotes.find((q) => q.kind === 'direct' && q.text.split(/\s+/).length >= 8);
  expect(quote, 'no long direct quote').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  const query = quote!.text.replace(/[^\p{L}\p{N}\s'’-]/gu, ' ').split(/\s+/).filter((w) => w.length > 3).slice(0, 3).join(' ');
  await page.goto('/search/');
  await expect(page.locator('html')).toHaveAttribute('data-search', 'ready');
  await page.locator('#q').pressSequentially(query, { delay: 5 });
  await expect(page.locator(`#search-results > li[data-url="/quotes/${quote!.id}/"]`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query).replace(/%20/g, '\\+')}$`));
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  expect(await page.locator('#search-results > li').count()).toBeLessThanOrEqual(10); // one page at a time
});

test('one or two letters wait for more; a stop word in the query does not stop the match', async ({ page }) => {
  const quote = corpus.quotes.find((q) => q.kind === 'direct' && /\bthe\s+\p{L}{4,}/iu.test(q.text));
  expect(quote, 'no quote with "the"').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.goto('/search/');
  await expect(page.locator('html')).toHaveAttribute('data-search', 'ready');
  await page.locator('#q').fill('wa');
  await page.waitForTimeout(300);
  await expect(page.locator('#search-status')).toHaveText(/^Type a few words/);
  await expect(page.locator('#search-results > li')).toHaveCount(0);
  const [phrase] = /\bthe\s+\p{L}{4,}/iu.exec(quote!.text)!;
  await page.locator('#q').fill(phrase);
  await expect(page.locator('#search-status')).toHaveText(/\d+ results?/);
  const urls = await page.locator('#search-results > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-url')));
  expect(urls.length).toBeGreaterThan(0);
});

test('the first results are shown while the rest of the screenful is still loading', async ({ page }) => {
  // Each result's data is one fragment file; every fragment after the third is held back until the test lets it go.
  let fragments = 0;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/**/fragment/**', async (route) => {
    if (++fragments > 3) await held;
    await route.continue();
  });
  await page.goto('/search/?kind=Direct+quote');
  await expect(page.locator('#search-results > li')).toHaveCount(3);
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
  expect(await page.locator('#search-results > li').count()).toBe(Math.min(10, corpus.quotes.filter((q) => q.kind === 'direct').length));
});

test('a result shows the quotation with all its words, the searched ones marked, and who said it in which article', async ({ page }) => {
  // The index holds no stop words; the words a result shows come with its data, so they must still be there.
  const quote = corpus.quotes.find((q) => q.kind === 'direct' && q.speaker && q.text.length < 300 && /\b(the|and|to)\b/i.test(q.text) && /\p{L}{7,}/u.test(q.text));
  expect(quote, 'no short direct quote with a stop word').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  const word = /\p{L}{7,}/u.exec(quote!.text)![0];
  await page.goto(`/search/?q=${encodeURIComponent(word)}`);
  const item = page.locator(`#search-results > li[data-url="/quotes/${quote!.id}/"]`);
  await expect(item).toBeVisible();
  await expect(item.locator('a.t')).toHaveText(`“${quote!.text.replace(/\s+/g, ' ').trim()}”`);
  await expect(item.locator('a.t mark').first()).toHaveText(new RegExp(word, 'i'));
  const article = corpus.articles.find((a) => a.slug === quote!.article)!;
  await expect(item.locator('.meta')).toHaveText(`${speakerName.get(quote!.speaker!)} · Direct quote · in ${article.title}`);
});

test('stop words alone are not searched: Enter says why', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('html')).toHaveAttribute('data-search', 'ready');
  await page.locator('#q').fill('and the');
  await page.locator('#q').press('Enter');
  await expect(page.locator('#search-status')).toHaveText(/too common to search/);
  await expect(page.locator('#search-results > li')).toHaveCount(0);
});

test('opening a filter list fetches the list of values, not the index files of every filter', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/');
  await expect(page.locator('html')).toHaveAttribute('data-search', 'ready');
  await page.locator('#f-speaker').focus();
  await expect(page.locator('html')).toHaveAttribute('data-filters', 'all');
  expect(fetched).toContain('/search/filters.json');
  expect(fetched.filter((p) => p.endsWith('.pf_filter'))).toEqual([]);
});

test('a three-letter word is searched once the typing pauses', async ({ page }) => {
  const word = corpus.quotes.flatMap((q) => q.text.toLowerCase().match(/\b(?!the\b|and\b|for\b|but\b|are\b|was\b|has\b|had\b|her\b|his\b|its\b|our\b|who\b|you\b)\p{L}{3}\b/gu) ?? [])[0];
  expect(word, 'no three-letter word in a quotation').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.goto('/search/');
  await expect(page.locator('html')).toHaveAttribute('data-search', 'ready');
  await page.locator('#q').pressSequentially(word!, { delay: 30 });
  await expect(page.locator('#search-status')).toHaveText(/\d+ results?/);
});
