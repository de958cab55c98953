// The search step alone on a small corpus: the index in shards of a few records, every record in exactly one shard.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite, SHARDS_FILE, shardPath } from '../../scripts/search-index.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { article, quote, speaker } from '../lib/site-fixtures.ts';

describe('indexSite', () => {
  it('writes the records in shards of the given size and lists the extra shards for the search page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
    const corpusDir = join(dir, 'corpus');
    const articles = Array.from({ length: 3 }, (_, i) => article({ slug: `a${i}`, title: `Harbour talks ${i}`, paragraphs: [{ id: 'p1', text: `The port of Velmar reopened ${i}.`, line: 3, role: 'body' }] }));
    const quotes = Array.from({ length: 9 }, (_, i) => quote({ id: `a${i % 3}-q${i}`, article: `a${i % 3}`, speaker: 'ana', text: `Ships will sail again from pier ${i}` }));
    const corpus = { version: 1, articles, speakers: [speaker({ id: 'ana', name: 'Ana Ruiz' })], quotes, topics: [], stories: [], diagnostics: [] };
    buildSiteIndex({ ...corpus, stories: [] }); // the fixture is a valid site
    mkdirSync(corpusDir, { recursive: true });
    writeFileSync(join(corpusDir, 'corpus.json'), JSON.stringify(corpus));
    const site = join(dir, 'site');
    await indexSite(site, corpusDir, 5);
    expect(JSON.parse(readFileSync(join(site, SHARDS_FILE), 'utf8'))).toEqual(['/pagefind/shard-1/', '/pagefind/shard-2/']);
    const counts = [0, 1, 2].map((i) => JSON.parse(readFileSync(join(site, shardPath(i), 'pagefind-entry.json'), 'utf8')).languages.en.page_count as number);
    expect(counts).toEqual([5, 5, 2]);
    expect(existsSync(join(site, shardPath(3)))).toBe(false);
  }, 60_000);
});
