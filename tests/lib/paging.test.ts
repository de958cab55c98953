import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageItems, pagedUrl, pagerNumbers } from '../../src/lib/paging.ts';

describe('pageCount', () => {
  it.each([[0, 1], [1, 1], [100, 1], [101, 2], [250, 3]])('%i items at 100 a page make %i page(s)', (n, pages) => expect(pageCount(n, 100)).toBe(pages));
});

describe('pageItems', () => {
  const items = [1, 2, 3, 4, 5];
  it('gives the items of a 1-based page', () => expect([pageItems(items, 1, 2), pageItems(items, 3, 2)]).toEqual([[1, 2], [5]]));
  it('every item is on exactly one page', () => expect([1, 2, 3].flatMap((p) => pageItems(items, p, 2))).toEqual(items));
});

describe('pagedUrl', () => {
  it('keeps page 1 at the list’s root and puts the others under page/N/', () =>
    expect([pagedUrl('/topics/taiwan/', 1), pagedUrl('/topics/taiwan/', 4)]).toEqual(['/topics/taiwan/', '/topics/taiwan/page/4/']));
});

describe('laterPages', () => {
  it('lists the pages after the root', () => expect([laterPages(1), laterPages(3)]).toEqual([[], [2, 3]]));
});

describe('pagerNumbers', () => {
  it('shows every page of a short list', () => expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]));
  it('shows first, last and neighbours of a long list, with gaps', () => expect(pagerNumbers(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]));
  it('has no gap next to the first page', () => expect(pagerNumbers(1, 40)).toEqual([1, 2, 3, null, 40]));
});
