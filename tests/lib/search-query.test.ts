import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/lib/search-query.ts';

describe('searchTerms', () => {
  it.each([
    ['nothing typed', '', false, null],
    ['one letter: waits for more', 'o', false, null],
    ['two letters: waits for more', 'ou', false, null],
    ['three letters: searched', 'gov', false, 'gov'],
    ['a short word being typed after a full one: the full one alone', 'warship u', false, 'warship'],
    ['a short word followed by a space is complete', 'warship up ', false, 'warship up'],
    ['stop words are left out', 'because the', false, 'because'],
    ['stop words inside a query are left out', 'watching what happens', false, 'watching happens'],
    ['stop words alone wait for a word that narrows', 'and the', false, null],
    ['stop words alone are searched on Enter', 'and the', true, 'and the'],
    ['Enter searches the last word however short', 'warship u', true, 'warship u'],
    ['case does not matter', 'Scarborough Shoal', false, 'scarborough shoal'],
    ['punctuation around a stop word', 'ready, and willing', false, 'ready, willing'],
  ])('%s', (_name, typed, final, expected) => expect(searchTerms(typed, final)).toBe(expected));
});
