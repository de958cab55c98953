// Reader journeys over the built site, checked against the corpus it was built from.
import { expect, test } from '@playwright/test';
import { loadCorpus, sorted } from './corpus.ts';
import { attrs, walkPages } from './paging.ts';

const corpus = loadCorpus();

test('home → article → marked quotation → speaker page listing exactly that speaker’s quotes', async ({ page }) => {
  const quote = corpus.quotes.find((q) => q.speaker !== null && q.kind !== 'indirect');
  expect(quote, 'the corpus has no attributed quote').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  const speakerId = quote!.speaker!;
  await page.goto('/');
  await page.locator(`main a[href="/articles/${quote!.article}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${quote!.article}/$`));
  const mark = page.locator(`a.q[id="q-${quote!.id}"]`);
  await expect(mark).toBeVisible();
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`/quotes/${quote!.id}/$`));
  await expect(page.locator('blockquote')).toContainText(quote!.text.slice(0, 40));
  await page.locator(`main a[href="/speakers/${speakerId}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/speakers/${speakerId}/$`));
  // A much-quoted speaker's page is cut into pages: the speaker's quotes are those of all its pages together.
  const { items: listed } = await walkPages(page, `/speakers/${speakerId}/`, attrs('main [data-quote]', 'data-quote'));
  expect(sorted(listed)).toEqual(sorted(corpus.quotes.filter((q) => q.speaker === speakerId).map((q) => q.id)));
});

test('every quotation of an article has its place on the article page, linked to its speaker', async ({ page }) => {
  for (const article of corpus.articles) {
    await page.goto(`/articles/${article.slug}/`);
    for (const q of corpus.quotes.filter((x) => x.article === article.slug)) {
      await expect(page.locator(`[id="q-${q.id}"]`)).toHaveCount(1);
      if (q.speaker) await expect(page.locator(`main a[href="/speakers/${q.speaker}/"]`).first()).toBeVisible();
    }
  }
});

test('every topic page lists every article the corpus gives that topic (over all its pages)', async ({ page }) => {
  for (const topic of corpus.topics) {
    const expected = corpus.articles.filter((a) => a.topics.includes(topic.slug)).map((a) => `/articles/${a.slug}/`);
    const { items: listed } = await walkPages(page, `/topics/${topic.slug}/`, attrs('#topic-articles a.t', 'href'));
    expect(sorted(listed), topic.slug).toEqual(sorted(expected));
  }
});

test('every topic’s quotation list holds every quotation the corpus gives that topic (over all its pages)', async ({ page }) => {
  for (const topic of corpus.topics) {
    const expected = corpus.quotes.filter((q) => q.topics.includes(topic.slug)).map((q) => q.id);
    const { items: listed } = await walkPages(page, `/topics/${topic.slug}/quotes/`, attrs('#topic-quotes [data-quote]', 'data-quote'));
    expect(sorted(listed), topic.slug).toEqual(sorted(expected));
  }
});

test('the speakers index lists every speaker once (over all its pages)', async ({ page }) => {
  const { items: listed } = await walkPages(page, '/speakers/', attrs('main ul.list a.t', 'href'));
  expect(sorted(listed)).toEqual(sorted(corpus.speakers.map((s) => `/speakers/${s.id}/`)));
});

test('home lists articles newest first and marks undated ones', async ({ page }) => {
  await page.goto('/articles/');
  const rows = await page.locator('main .list > li').evaluateAll((els) => els.map((e) => ({ href: e.querySelector('a')!.getAttribute('href')!, date: e.querySelector('time')?.getAttribute('datetime') ?? null, text: e.textContent ?? '' })));
  expect(rows.length).toBe(Math.min(corpus.articles.length, 100));
  const dates = rows.map((r) => r.date);
  const firstUndated = dates.indexOf(null);
  const dated = firstUndated === -1 ? dates : dates.slice(0, firstUndated);
  expect(dated).toEqual([...dated].sort().reverse());
  if (firstUndated !== -1) expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
  for (const r of rows.filter((x) => x.date === null)) expect(r.text).toContain('date not stated');
  for (const a of corpus.articles.filter((x) => x.date === null)) expect(rows.some((r) => r.href === `/articles/${a.slug}/`)).toBe(true);
});

test('a speaker page shows roles with where they were reported, and the spellings seen', async ({ page }) => {
  const speaker = corpus.speakers.find((s) => s.roles.length > 0);
  expect(speaker, 'no speaker with a role').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.goto(`/speakers/${speaker!.id}/`);
  for (const r of speaker!.roles) {
    await expect(page.locator('main')).toContainText(r.role);
    await expect(page.locator(`main a[href="/articles/${r.article}/"]`).first()).toBeAttached();
  }
  for (const s of speaker!.spellings) await expect(page.locator('main')).toContainText(s);
});

test('the article page shows what cleaning removed', async ({ page }) => {
  const article = corpus.articles.find((a) => a.removed.some((r) => r.role !== 'blank' && r.text.trim() !== ''));
  expect(article, 'nothing removed in this corpus').toBeTruthy(); // the seeds have one: a corpus without it is a failure, not a skip
  await page.goto(`/articles/${article!.slug}/`);
  const details = page.locator('details');
  await details.locator('summary').click();
  const removed = article!.removed.find((r) => r.role !== 'blank' && r.text.trim() !== '')!;
  await expect(details.locator('del', { hasText: removed.text.trim().slice(0, 30) }).first()).toBeVisible();
});

test('article paragraphs read exactly as the cleaned text (no words joined or lost around marks)', async ({ page }) => {
  for (const article of corpus.articles) {
    await page.goto(`/articles/${article.slug}/`);
    const shown = await page.locator('.body > p[id]').evaluateAll((els) =>
      els.map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.who').forEach((w) => w.remove());
        return [p.id, copy.textContent ?? ''];
      }),
    );
    expect(shown, article.slug).toEqual(article.paragraphs.map((p) => [p.id, p.text]));
  }
});
