import { describe, expect, it } from 'vitest';
import { chunk, sitePaths } from '../../src/lib/sitemap-paths.ts';
import { smallIndex } from './site-fixtures.ts';

describe('sitePaths', () => {
  it('lists every page once: fixed pages, lists, articles, speakers, topics, quotes, stories', () => {
    const index = smallIndex();
    const paths = sitePaths(index);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toHaveLength(4 + 1 + index.articles.length + index.speakers.length + index.topics.length + index.quotes.length + 1 + index.stories.length);
    expect(paths.slice(0, 5)).toEqual(['/', '/search/', '/speakers/', '/topics/', '/articles/']);
  });
});

describe('chunk', () => {
  it('cuts a list into files of at most the given size', () => expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]));
  it('keeps one (empty) file for an empty list', () => expect(chunk([], 2)).toEqual([[]]));
});
