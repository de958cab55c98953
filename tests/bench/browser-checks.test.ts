import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failingAudits, lighthouseReport, pagesToAudit, scoresOf } from '../../scripts/bench/lighthouse.ts';
import { pickQueries, searchReport } from '../../scripts/bench/search-latency.ts';
import { serveStatic } from '../../scripts/bench/serve.ts';

describe('pickQueries', () => {
  const quotes = ['We will never accept interference in our internal affairs.', 'The talks were frank and constructive, he said.', 'Too short.'];

  it('picks two or three consecutive words of a quotation, in lower case, the same for the same seed', () => {
    const q = pickQueries(quotes, 5, 3);
    expect(q).toEqual(pickQueries(quotes, 5, 3));
    for (const query of q) {
      expect(query.split(' ').length).toBeGreaterThanOrEqual(2);
      expect(quotes.some((s) => s.toLowerCase().replace(/[^\p{L}\p{N}'’ -]/gu, ' ').replace(/\s+/g, ' ').includes(query) || query.split(' ').every((w) => s.toLowerCase().includes(w)))).toBe(true);
    }
  });

  it('gives distinct queries and never more than asked', () => {
    const q = pickQueries(quotes, 4);
    expect(new Set(q).size).toBe(q.length);
    expect(q.length).toBeLessThanOrEqual(4);
  });
});

describe('searchReport', () => {
  it('checks the median against 150 ms and each query against 200 KB', () => {
    const text = searchReport({ queries: 3, latenciesMs: [60, 90, 200], medianMs: 90, startBytes: 50_000, queryBytes: [10_000, 300_000, 5_000], failures: [] }).join('\n');
    expect(text).toMatch(/median 90 ms.*target <= 150 ms: met/);
    expect(text).toMatch(/target <= 200 KB a query: NOT met/);
  });
});

describe('lighthouse helpers', () => {
  it('reads scores as 0-100 and null where a category failed', () => {
    expect(scoresOf({ categories: { performance: { score: 0.97 }, accessibility: { score: 1 }, 'best-practices': { score: null }, seo: { score: 1 } } })).toEqual({ performance: 97, accessibility: 100, 'best-practices': null, seo: 100 });
  });

  it('holds every page type to 100 and performance to 95', () => {
    const good = { performance: 96, accessibility: 100, 'best-practices': 100, seo: 100 };
    expect(lighthouseReport([{ type: 'home', path: '/', scores: good, failing: [], error: null }]).at(-1)).toMatch(/: met$/);
    expect(lighthouseReport([{ type: 'home', path: '/', scores: { ...good, seo: 92 }, failing: [], error: null }]).at(-1)).toMatch(/NOT met/);
  });

  it('names the weighted audits that cost accessibility, best-practices or SEO points, and prints them under the row', () => {
    const report = {
      categories: {
        performance: { score: 0.9, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }] },
        accessibility: { score: 0.96, auditRefs: [{ id: 'target-size', weight: 7 }, { id: 'color-contrast', weight: 7 }, { id: 'list', weight: 0 }] },
        'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
        seo: { score: 1, auditRefs: [{ id: 'document-title', weight: 1 }] },
      },
      audits: { 'largest-contentful-paint': { score: 0.5 }, 'target-size': { score: 0 }, 'color-contrast': { score: 1 }, list: { score: 0 }, 'errors-in-console': { score: null }, 'document-title': { score: 1 } },
    };
    expect(failingAudits(report)).toEqual(['accessibility:target-size']);
    const lines = lighthouseReport([{ type: 'story', path: '/s/', scores: { performance: 100, accessibility: 96, 'best-practices': 100, seo: 100 }, failing: ['accessibility:target-size'], error: null }]);
    expect(lines[2]).toMatch(/failing: accessibility:target-size$/);
  });

  it('audits home, search and the largest page of each section (ties: the first name)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'audit-'));
    const page = (dir: string, bytes: number) => {
      mkdirSync(join(dist, dir), { recursive: true });
      writeFileSync(join(dist, dir, 'index.html'), 'x'.repeat(bytes));
    };
    page('articles/a', 10);
    page('articles/b', 30);
    page('articles/page/2', 99);
    page('speakers/y', 5);
    page('speakers/x', 5);
    mkdirSync(join(dist, 'stories/empty'), { recursive: true });
    expect(pagesToAudit(dist)).toEqual([
      { type: 'home', path: '/' },
      { type: 'search', path: '/search/' },
      { type: 'article', path: '/articles/b/' },
      { type: 'speaker', path: '/speakers/x/' },
    ]);
  });
});

describe('serveStatic', () => {
  it('serves files and directory indexes, and 404 for the rest', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'serve-'));
    mkdirSync(join(dist, 'a'));
    writeFileSync(join(dist, 'a', 'index.html'), '<p>A</p>');
    const server = await serveStatic(dist, 0);
    const port = (server.address() as { port: number }).port;
    try {
      const ok = await fetch(`http://127.0.0.1:${port}/a/`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/text\/html/);
      expect(await ok.text()).toBe('<p>A</p>');
      expect((await fetch(`http://127.0.0.1:${port}/missing/`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('sends text gzip-compressed to a browser that accepts it, and plain to one that does not', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'serve-'));
    const html = `<p>${'quoted words '.repeat(200)}</p>`;
    writeFileSync(join(dist, 'index.html'), html);
    const server = await serveStatic(dist, 0);
    const port = (server.address() as { port: number }).port;
    const get = (encoding: string) => new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      httpGet({ host: '127.0.0.1', port, path: '/', headers: { 'accept-encoding': encoding } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
      }).on('error', reject);
    });
    try {
      const zipped = await get('gzip, deflate');
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.body.length).toBeLessThan(html.length / 5);
      expect(gunzipSync(zipped.body).toString()).toBe(html);
      const plain = await get('identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(html);
    } finally {
      server.close();
    }
  });
});
