import { describe, expect, it } from 'vitest';
import { checkPagefindEntries } from '../../src/lib/pagefind-check.ts';

const entry = (n: number) => JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'x', wasm: 'en', page_count: n } } });

describe('checkPagefindEntries', () => {
  it('accepts shards whose pages add up to one per record', () => expect(checkPagefindEntries([entry(5), entry(3)], { pages: 8 })).toEqual([]));
  it('fails when the shards hold fewer pages than records', () => expect(checkPagefindEntries([entry(5), entry(2)], { pages: 8 })[0]).toMatch(/holds 7 pages in 2 shards, expected 8/));
  it('names the shard whose entry file is missing', () => expect(checkPagefindEntries([entry(5), null], { pages: 8 })[0]).toMatch(/^shard 1: .*not written/));
  it('fails when nothing was written', () => expect(checkPagefindEntries([], { pages: 8 })[0]).toMatch(/no Pagefind index/));
  it('reads a single index like checkPagefindEntry', () => expect(checkPagefindEntries([entry(3)], { pages: 8 })[0]).toMatch(/holds 3 pages, expected 8/));
});
