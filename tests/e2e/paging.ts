// Follows a paginated list through its rel="next" links, so the browser tests check every page of it, not only the first.
import { expect, type Page } from '@playwright/test';

/** Visits `start` and each next page in turn; returns `read(page)` of every page, concatenated, and the URLs visited. */
export async function walkPages(page: Page, start: string, read: (page: Page) => Promise<string[]>): Promise<{ items: string[]; urls: string[] }> {
  const items: string[] = [];
  const urls: string[] = [];
  let url: string | null = start;
  while (url) {
    expect(urls, 'a pager leads back to a page already seen').not.toContain(url);
    urls.push(url);
    await page.goto(url);
    items.push(...(await read(page)));
    const next = page.locator('nav.pager a[rel="next"]');
    url = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
  return { items, urls };
}

/** The values of `attribute` on every element matching `selector` on the page. */
export const attrs = (selector: string, attribute: string) => (page: Page): Promise<string[]> =>
  page.locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)!), attribute);
