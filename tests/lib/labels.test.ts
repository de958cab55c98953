import { describe, expect, it } from 'vitest';
import { citation, kindLabel, roleWord, sourceName, truncate } from '../../src/lib/labels.ts';
import { searchOptions } from '../../src/lib/search-options.ts';
import { checkPagefindEntry } from '../../src/lib/pagefind-check.ts';
import { searchUrl, articlesPageUrl, quoteInArticleUrl } from '../../src/lib/urls.ts';
import { article, quote, smallIndex, speaker } from './site-fixtures.ts';

describe('labels', () => {
  it('names quote kinds and articles for the search filter', () => expect(['article', 'direct', 'partial', 'indirect'].map((k) => kindLabel(k as 'direct'))).toEqual(['Article', 'Direct quote', 'Partial quote', 'Reported speech']));
  it('says when the source is not stated', () => expect(sourceName(article({ slug: 'a' }))).toBe('source not stated'));
  it('words removed-line roles for readers', () => expect([roleWord('signup'), roleWord('related')]).toEqual(['sign-up prompt', 'related stories']));
});

describe('citation', () => {
  it('cites speaker, headline, outlet, date and link', () => {
    const a = article({ slug: 'a', title: 'Talks resume', date: '2024-06-20', source: { name: 'The Paper', url: null } });
    expect(citation(quote({ id: 'q', article: 'a' }), speaker({ id: 's', name: 'Ana Ruiz' }), a, 'https://e.test/quotes/q/')).toBe(
      'Ana Ruiz, quoted in “Talks resume”, The Paper, 20 June 2024. https://e.test/quotes/q/',
    );
  });
  it('says when the date is not stated', () => expect(citation(quote({ id: 'q', article: 'a' }), null, article({ slug: 'a', title: 'T' }), 'u')).toBe('Unattributed speaker, quoted in “T”, date not stated. u'));
});

describe('truncate', () => {
  it('cuts on a word boundary with an ellipsis', () => expect(truncate('one two three four five', 14)).toBe('one two three…'));
  it('leaves short text alone', () => expect(truncate('short', 10)).toBe('short'));
});

describe('urls', () => {
  it('builds search links without empty filters', () => expect(searchUrl({ q: '', speaker: 'Ana Ruiz' })).toBe('/search/?speaker=Ana+Ruiz'));
  it('keeps page 1 of the article list at its root', () => expect([articlesPageUrl(1), articlesPageUrl(3)]).toEqual(['/articles/', '/articles/page/3/']));
  it('points a quote at its anchor in the article', () => expect(quoteInArticleUrl('a', 'a-q1')).toBe('/articles/a/#q-a-q1'));
});

describe('searchOptions', () => {
  it('offers only values some record carries, sorted', () => {
    const opts = Object.fromEntries(searchOptions(smallIndex()).map((f) => [f.key, f.values]));
    expect(opts.speaker).toEqual(['Ana Ruiz', 'Bo Lin', 'Unattributed']);
    expect(opts.topic).toEqual(['Sanctions', 'Taiwan', 'Trade']);
    expect(opts.source).toEqual(['source not stated']);
    expect(opts.kind).toEqual(['Article', 'Direct quote']);
  });
  it('lists only the most quoted speakers when asked for fewer (the script adds the rest)', () => {
    const speakers = searchOptions(smallIndex(), 1).find((f) => f.key === 'speaker')!.values;
    expect(speakers).toEqual(['Ana Ruiz', 'Unattributed']);
  });
});

describe('checkPagefindEntry', () => {
  const entry = (n: number) => JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'x', wasm: 'en', page_count: n } } });
  it('accepts an index with one page per article and quote', () => expect(checkPagefindEntry(entry(8), { pages: 8 })).toEqual([]));
  it('fails when the entry file is missing', () => expect(checkPagefindEntry(null, { pages: 8 })[0]).toMatch(/not written/));
  it('fails when pages are missing from the index', () => expect(checkPagefindEntry(entry(3), { pages: 8 })[0]).toMatch(/holds 3 pages, expected 8/));
  it('fails on a broken file', () => expect(checkPagefindEntry('{', { pages: 1 })[0]).toMatch(/not valid JSON/));
});
