// Hostile content stays text (issue 4 part 2): a site built from articles whose title, body, quotations, speaker names,
// byline and source carry HTML and script shows them as text on every page, in the feed, the JSON-LD, the open data and
// the search results, and runs none of it. The Content-Security-Policy is bypassed while visiting, so escaping alone must
// hold; the policy itself is checked on every page as a second line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildHostileSite, type HostileSite } from './hostile-site.ts';

interface Corpus {
  articles: { slug: string; title: string; byline?: string | null; source: { name: string } | null }[];
  speakers: { id: string; name: string }[];
  quotes: { id: string; text: string; speaker: string | null; article: string }[];
}

/** Strings the fixtures put into front matter (title, source, speaker corrections): each must come out as text. */
const HOSTILE = {
  title: `Council <script>alert('title')</script> vote </body> "><svg onload=alert(1)>`,
  source: '<script>alert(1)</script>',
  speakerScript: 'Evil</script><script>alert(1)</script>',
  speakerImg: '<img src=x onerror=alert(1)>',
};

test.describe.configure({ mode: 'serial' });
test.use({ bypassCSP: true });

let site: HostileSite;
let corpus: Corpus;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = await buildHostileSite();
  corpus = JSON.parse(readFileSync(join(site.dir, 'data', 'corpus.json'), 'utf8')) as Corpus;
});
test.afterAll(() => site?.stop());

// Lower-cased: innerText applies the stylesheet's text-transform (a source line in small capitals is still text).
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Records what must never happen on a page: a dialog, a console error, an uncaught error, a request to another origin. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog "${dialog.message()}" on ${page.url()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught ${error.message} on ${page.url()}`));
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site.origin) problems.push(`request to another origin: ${request.url()}`);
  });
  return problems;
}

/** Elements and attributes content could have injected; the site's own scripts are same-origin files and one JSON-LD block. */
function injected(page: Page, scope = 'html'): Promise<string[]> {
  return page.locator(scope).evaluate((root) => {
    const bad: string[] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (['svg', 'img', 'iframe', 'object', 'embed', 'frame', 'math', 'base'].includes(el.localName)) bad.push(`<${el.localName}> element`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) bad.push(`<${el.localName} ${a.name}="${a.value}">`);
        if (/^\s*(javascript|vbscript|data):/i.test(a.value) && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)) bad.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
      if (el instanceof HTMLScriptElement) {
        const own = el.type === 'application/ld+json' || (el.src !== '' && new URL(el.src).origin === location.origin && /^\/(_astro|pagefind)\//.test(new URL(el.src).pathname));
        if (!own) bad.push(`foreign <script> ${el.src || el.textContent?.slice(0, 60)}`);
      }
    }
    if (document.querySelectorAll('script[type="application/ld+json"]').length > 1) bad.push('more than one JSON-LD block');
    return bad;
  });
}

/** The script-src of the page's CSP meta tag, checked: same-origin files only, never inline script or eval. */
async function checkCsp(page: Page): Promise<void> {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp, `CSP meta tag on ${page.url()}`).toBeTruthy();
  const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src')!;
  for (const source of scriptSrc) expect(["'self'", "'none'", "'wasm-unsafe-eval'"], `script-src ${source} on ${page.url()}`).toContain(source);
}

/** The page's JSON-LD, parsed; its raw source must hold no `<` that could end the script element. */
async function jsonLd(page: Page, html: string): Promise<Record<string, unknown> | null> {
  const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (raw === undefined) return null;
  expect(raw, `JSON-LD source on ${page.url()}`).not.toContain('<');
  return JSON.parse(raw) as Record<string, unknown>;
}

test('the fixtures put HTML and script into the corpus unchanged (as data)', () => {
  const text = JSON.stringify(corpus);
  for (const value of Object.values(HOSTILE)) expect(text).toContain(JSON.stringify(value).slice(1, -1));
  expect(site.pages.length).toBeGreaterThan(20);
});

test('every page shows hostile content as text, injects nothing, runs nothing and loads nothing from elsewhere', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watch(page);
  const speakerName = new Map(corpus.speakers.map((s) => [s.id, s.name]));
  const seen = new Set<string>();
  for (const path of site.pages) {
    const response = await page.goto(site.origin + path);
    expect(response?.status(), path).toBe(200);
    const html = await response!.text();
    expect(await injected(page), `injected elements on ${path}`).toEqual([]);
    await checkCsp(page);
    const ld = await jsonLd(page, html);
    const text = squash(await page.locator('body').innerText());
    for (const value of Object.values(HOSTILE)) if (text.includes(squash(value))) seen.add(value);

    const [, kind, id] = /^\/(articles|quotes|speakers)\/([^/]+)\/$/.exec(path) ?? [];
    if (kind === 'articles') {
      const article = corpus.articles.find((a) => a.slug === id)!;
      await expect(page.locator('h1')).toContainText(article.title);
      for (const shown of [article.title, article.source?.name, article.byline]) if (shown) expect(text, path).toContain(squash(shown));
      expect(ld?.headline, path).toBe(article.title);
      if (article.source) expect((ld?.publisher as { name: string }).name, path).toBe(article.source.name);
    } else if (kind === 'quotes') {
      const quote = corpus.quotes.find((q) => q.id === id)!;
      expect(text, path).toContain(squash(quote.text));
      expect(ld?.text, path).toBe(quote.text);
      if (quote.speaker) {
        expect(text, path).toContain(squash(speakerName.get(quote.speaker)!));
        expect((ld?.creator as { name: string }).name, path).toBe(speakerName.get(quote.speaker));
      }
    } else if (kind === 'speakers') {
      await expect(page.locator('h1')).toContainText(speakerName.get(id)!);
      expect(ld?.name, path).toBe(speakerName.get(id));
    }
  }
  expect([...seen].sort(), 'hostile strings seen as visible text').toEqual(Object.values(HOSTILE).sort());
  expect(problems).toEqual([]);
});

test('the RSS feed and the open data parse and carry hostile content escaped', async ({ page }) => {
  const problems = watch(page);
  const xml = await (await page.request.get(`${site.origin}/rss.xml`)).text();
  expect(xml).not.toMatch(/<(script|svg|img|iframe|b)\b/i);
  expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  await page.goto(`${site.origin}/`);
  const items = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('item')].map((item) => ({ title: item.querySelector('title')?.textContent, description: item.querySelector('description')?.textContent }));
  }, xml);
  expect(items, 'rss.xml is well-formed XML').not.toBeNull();
  expect(items!.map((i) => i.title)).toContain(HOSTILE.title);
  expect(items!.some((i) => i.description?.startsWith(`${HOSTILE.source}.`))).toBe(true);

  const published = (await (await page.request.get(`${site.origin}/data/corpus.json`)).json()) as Corpus;
  expect(published).toEqual(corpus);
  const csv = await (await page.request.get(`${site.origin}/data/quotes.csv`)).text();
  expect(csv).toContain(HOSTILE.speakerImg);
  expect(problems).toEqual([]);
});

test('search results show hostile quotations, speakers and titles as text', async ({ page }) => {
  const problems = watch(page);
  const speakerName = new Map(corpus.speakers.map((s) => [s.id, s.name]));
  const hostileQuotes = corpus.quotes.filter((q) => /<(script|svg|iframe)/.test(q.text) && q.speaker);
  expect(hostileQuotes.length).toBeGreaterThanOrEqual(2);
  for (const quote of hostileQuotes) {
    const query = quote.text.split(/\s+/).slice(0, 4).join(' ');
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('html')).toHaveAttribute('data-search', 'ready');
    const hit = page.locator(`#search-results > li[data-url="/quotes/${quote.id}/"]`);
    await expect(hit).toBeVisible();
    const text = squash(await hit.innerText());
    expect(text).toContain(squash(quote.text));
    expect(text).toContain(squash(speakerName.get(quote.speaker!)!));
    expect(await injected(page), `injected elements on the search page for "${query}"`).toEqual([]);
    await checkCsp(page);
  }
  // An article result: its hostile title is the link's text (contained: the title meta also picks up the h1's "editor" mark).
  const article = corpus.articles.find((a) => a.title === HOSTILE.title)!;
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('defaced website')}`);
  const hit = page.locator(`#search-results > li[data-url="/articles/${article.slug}/"] a`);
  await expect(hit).toContainText(article.title);
  expect(await injected(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the checks above see an injection when there is one', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${site.origin}/`);
  await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/x" onerror="alert(1)"><svg onload="alert(2)"></svg>'));
  await expect.poll(() => problems.some((p) => p.startsWith('dialog "1"'))).toBe(true);
  expect(await injected(page)).toEqual(expect.arrayContaining(['<img> element', '<svg> element', '<img onerror="alert(1)">']));
});
