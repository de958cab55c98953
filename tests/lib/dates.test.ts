import { describe, expect, it } from 'vitest';
import { formatDate, newestFirst, NO_DATE, rfc822 } from '../../src/lib/dates.ts';

describe('formatDate', () => {
  it.each([
    ['2024-06-20', '20 June 2024'],
    ['2020-01-01', '1 January 2020'],
    ['2023-12-31', '31 December 2023'],
  ])('writes %s as %s', (iso, text) => expect(formatDate(iso)).toBe(text));
  it('says the date is not stated for null', () => expect(formatDate(null)).toBe(NO_DATE));
  it('returns an impossible month as given rather than inventing one', () => expect(formatDate('2024-13-01')).toBe('2024-13-01'));
});

describe('rfc822', () => {
  it('gives midnight UTC of the date', () => expect(rfc822('2024-06-20')).toBe('Thu, 20 Jun 2024 00:00:00 GMT'));
  it('returns null for no date', () => expect(rfc822(null)).toBeNull());
});

describe('newestFirst', () => {
  const items = [{ k: 'b', d: null }, { k: 'a', d: '2020-01-01' }, { k: 'c', d: '2024-01-01' }, { k: 'a2', d: null }, { k: 'z', d: '2024-01-01' }];
  it('puts newer first, undated last, ties by key', () => {
    expect(newestFirst(items, (i) => i.d, (i) => i.k).map((i) => i.k)).toEqual(['c', 'z', 'a', 'a2', 'b']);
  });
  it('does not depend on input order', () => {
    const reversed = [...items].reverse();
    expect(newestFirst(reversed, (i) => i.d, (i) => i.k)).toEqual(newestFirst(items, (i) => i.d, (i) => i.k));
  });
});
