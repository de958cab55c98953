// Search latency of a built site in headless Chromium: serves dist locally, types queries into the search
// page and measures the time from the last keystroke to the results shown, and the bytes fetched.
// `tsx scripts/bench/search-latency.ts DIST [PORT]` alone, or called by the bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createRng } from './prng.ts';
import { median } from './report.ts';
import { serveStatic } from './serve.ts';

/** Queries a reader might type: two or three consecutive words of quotations, picked with a seed. */
export function pickQueries(quotes: string[], count: number, seed = 1): string[] {
  const rng = createRng(seed);
  const out: string[] = [];
  const pool = quotes.filter((q) => q.split(/\s+/).length >= 6);
  for (let guard = 0; out.length < count && pool.length && guard < count * 50; guard++) {
    const words = rng.pick(pool).replace(/[^\p{L}\p{N}'’ -]/gu, ' ').split(/\s+/).filter((w) => w.length > 2);
    if (words.length < 3) continue;
    const len = rng.int(2, 3);
    const at = rng.int(0, words.length - len);
    const q = words.slice(at, at + len).join(' ').toLowerCase();
    if (!out.includes(q)) out.push(q);
  }
  return out;
}

/** Figures of the search measurement. */
export interface SearchFigures {
  queries: number;
  latenciesMs: number[];
  medianMs: number;
  /** Bytes fetched by loading the search page and starting Pagefind. */
  startBytes: number;
  /** Bytes fetched per query after start-up. */
  queryBytes: number[];
  failures: string[];
}

/** Types each query into /search/ and measures it. */
export async function measureSearch(dist: string, port: number, queries: string[]): Promise<SearchFigures> {
  const server = await serveStatic(dist, port);
  // A browser that cannot start must not leave the server listening (it would keep the bench process alive).
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] }).catch((e: unknown) => {
    server.close();
    throw e;
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Counted on the context, so that requests from Pagefind's web worker count too (a page CDP session misses them).
    let bytes = 0;
    const counting: Array<Promise<void>> = [];
    context.on('requestfinished', (request) => {
      counting.push(request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
      }, () => undefined));
    });
    const settled = async () => {
      await page.waitForLoadState('networkidle');
      await Promise.all(counting.splice(0));
    };
    await page.addInitScript(() => {
      const w = window as unknown as { __bench: { lastKey: number; searches: Array<[number, string]>; shown: number[] } };
      w.__bench = { lastKey: 0, searches: [], shown: [] };
      document.addEventListener('keydown', () => (w.__bench.lastKey = performance.now()), true);
      const replace = history.replaceState.bind(history);
      history.replaceState = (data: unknown, unused: string, url?: string | URL | null) => {
        w.__bench.searches.push([performance.now(), String(url ?? '')]);
        replace(data, unused, url);
      };
      document.addEventListener('DOMContentLoaded', () => {
        const list = document.getElementById('search-results');
        if (list) new MutationObserver((records) => records.some((r) => r.addedNodes.length) && w.__bench.shown.push(performance.now())).observe(list, { childList: true });
      });
    });
    await page.goto(`http://127.0.0.1:${port}/search/`);
    await page.waitForSelector('html[data-search="ready"]', { timeout: 60_000 });
    await settled();
    const startBytes = bytes;
    const latencies: number[] = [];
    const queryBytes: number[] = [];
    const failures: string[] = [];
    const input = page.locator('#q');
    for (const q of queries) {
      await input.fill('');
      await page.waitForTimeout(150);
      await settled();
      await page.evaluate(() => {
        const b = (window as unknown as { __bench: { searches: unknown[]; shown: unknown[] } }).__bench;
        b.searches = [];
        b.shown = [];
      });
      const before = bytes;
      await input.pressSequentially(q, { delay: 60 });
      try {
        const ms = await page.waitForFunction((query) => {
          const b = (window as unknown as { __bench: { lastKey: number; searches: Array<[number, string]>; shown: number[] } }).__bench;
          const final = b.searches.filter(([, url]) => new URLSearchParams(url.replace(/^[^?]*/, '')).get('q') === query).at(-1);
          const status = document.getElementById('search-status')?.textContent ?? '';
          if (!final) return null;
          const shown = b.shown.find((t) => t >= final[0]);
          if (shown !== undefined) return shown - b.lastKey;
          return /^Nothing found/.test(status) ? -1 : null;
        }, q, { timeout: 15_000, polling: 'raf' });
        const value = (await ms.jsonValue()) as number;
        if (value < 0) failures.push(`"${q}": no results`);
        else latencies.push(value);
      } catch {
        failures.push(`"${q}": no results within 15 s`);
      }
      await settled();
      queryBytes.push(bytes - before);
    }
    return { queries: queries.length, latenciesMs: latencies, medianMs: latencies.length ? median(latencies) : NaN, startBytes, queryBytes, failures };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The search figures as lines of text, with the issue's limits checked (≤ 150 ms median; ≤ 200 KB per query). */
export function searchReport(f: SearchFigures): string[] {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const sorted = [...f.latenciesMs].sort((a, b) => a - b);
  const maxQuery = Math.max(0, ...f.queryBytes);
  return [
    `search in headless Chromium (${f.queries} queries typed at 60 ms a key; from the last keystroke to results in the list; the page searches as keys come, one search at a time):`,
    `  median ${f.medianMs.toFixed(0)} ms; fastest ${sorted[0]?.toFixed(0) ?? 'na'} ms; slowest ${sorted.at(-1)?.toFixed(0) ?? 'na'} ms; target <= 150 ms: ${f.medianMs <= 150 ? 'met' : 'NOT met'}`,
    `  bytes: search page + Pagefind start-up ${kb(f.startBytes)}; per query median ${kb(median(f.queryBytes.length ? f.queryBytes : [0]))}, largest ${kb(maxQuery)}; first query incl. start-up ${kb(f.startBytes + (f.queryBytes[0] ?? 0))}; target <= 200 KB a query: ${maxQuery <= 200 * 1024 ? 'met' : 'NOT met'}`,
    ...(f.failures.length ? [`  failures: ${f.failures.join('; ')}`] : []),
  ];
}

if (process.argv[1] && /search-latency\.ts$/.test(process.argv[1])) {
  const dist = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4391);
  const corpus = JSON.parse(readFileSync(join(dist, 'data', 'corpus.json'), 'utf8')) as { quotes: Array<{ text: string }> };
  const queries = pickQueries(corpus.quotes.map((q) => q.text), 20);
  measureSearch(dist, port, queries).then((f) => {
    for (const line of searchReport(f)) process.stdout.write(`${line}\n`);
    process.stdout.write(`  queries (KB fetched): ${queries.map((q, i) => `"${q}" ${((f.queryBytes[i] ?? 0) / 1024).toFixed(1)}`).join(', ')}\n  latencies (ms): ${f.latenciesMs.map((x) => x.toFixed(0)).join(' ')}\n`);
  }, (e: unknown) => {
    process.stderr.write(`search-latency: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
