import { describe, expect, it } from 'vitest';
import { chunk, sitePaths, speakerPages } from '../../src/lib/sitemap-paths.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { PER_PAGE } from '../../src/lib/paging.ts';
import { article, quote, smallIndex, speaker, topic } from './site-fixtures.ts';

describe('sitePaths', () => {
  it('lists every page once: fixed pages, lists, articles, speakers, topics, quotes, stories', () => {
    const index = smallIndex();
    const paths = sitePaths(index);
    expect(new Set(paths).size).toBe(paths.length);
    // One page per topic and one per topic's quotation list: the small corpus needs no later pages.
    expect(paths).toHaveLength(4 + 1 + index.articles.length + index.speakers.length + 2 * index.topics.length + index.quotes.length + 1 + index.stories.length);
    expect(paths.slice(0, 5)).toEqual(['/', '/search/', '/speakers/', '/topics/', '/articles/']);
    expect(paths).toContain('/topics/taiwan/quotes/');
  });

  it('lists the later pages of long lists: speakers index, a speaker, a topic’s articles and quotations', () => {
    const many = 450;
    const index = buildSiteIndex({
      articles: Array.from({ length: many }, (_, i) => article({ slug: `a${i}`, topics: ['trade'] })),
      speakers: Array.from({ length: many }, (_, i) => speaker({ id: `s${i}` })),
      quotes: Array.from({ length: many }, (_, i) => quote({ id: `q${i}`, article: `a${i}`, speaker: 's0', topics: ['trade'] })),
      topics: [topic('trade', 'Trade', many)],
      stories: [],
    });
    const paths = sitePaths(index);
    expect(new Set(paths).size).toBe(paths.length);
    expect(speakerPages(index, 's0')).toBe(Math.ceil(many / PER_PAGE.speakerArticles));
    expect(speakerPages(index, 's1')).toBe(1);
    const last = (per: number) => Math.ceil(many / per);
    const lasts = [`/speakers/page/${last(PER_PAGE.speakers)}/`, `/speakers/s0/page/${last(PER_PAGE.speakerArticles)}/`, `/topics/trade/page/${last(PER_PAGE.articles)}/`, `/topics/trade/quotes/page/${last(PER_PAGE.quotes)}/`];
    const beyond = [`/speakers/page/${last(PER_PAGE.speakers) + 1}/`, `/speakers/s0/page/${last(PER_PAGE.speakerArticles) + 1}/`, `/topics/trade/page/${last(PER_PAGE.articles) + 1}/`, `/topics/trade/quotes/page/${last(PER_PAGE.quotes) + 1}/`, '/speakers/s1/page/2/'];
    for (const p of lasts) expect(paths).toContain(p);
    for (const p of beyond) expect(paths).not.toContain(p);
  });
});

describe('chunk', () => {
  it('cuts a list into files of at most the given size', () => expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]));
  it('keeps one (empty) file for an empty list', () => expect(chunk([], 2)).toEqual([[]]));
});
