import { describe, expect, it } from 'vitest';
import { onlyStopWords, searchTerms, withoutStopWords, type SearchMoment } from '../../src/lib/search-query.ts';

describe('searchTerms', () => {
  it.each<[string, string, SearchMoment, string | null]>([
    ['nothing typed', '', 'pause', null],
    ['one letter: waits for more', 'o', 'pause', null],
    ['two letters: waits for more', 'ou', 'pause', null],
    ['three letters: searched once the typing pauses', 'war', 'pause', 'war'],
    ['three letters: not fetched ahead as keys come (they match too much of the index)', 'gov', 'key', null],
    ['four letters: fetched ahead as keys come', 'gove', 'key', 'gove'],
    ['a short word being typed after a full one: the full one alone', 'warship u', 'pause', 'warship'],
    ['a short word followed by a space is complete', 'warship up ', 'key', 'warship up'],
    ['stop words are left out', 'because the', 'pause', 'because'],
    ['stop words inside a query are left out', 'watching what happens', 'pause', 'watching happens'],
    ['stop words alone wait for a word that narrows', 'and the', 'pause', null],
    ['stop words alone are not searched even on Enter (the index does not hold them)', 'and the', 'enter', null],
    ['Enter searches the last word however short', 'warship u', 'enter', 'warship u'],
    ['case does not matter', 'Scarborough Shoal', 'pause', 'scarborough shoal'],
    ['punctuation around a stop word', 'ready, and willing', 'pause', 'ready, willing'],
  ])('%s', (_name, typed, moment, expected) => expect(searchTerms(typed, moment)).toBe(expected));
});

describe('withoutStopWords', () => {
  it.each([
    ['a quotation', '“We will not allow the island to be taken,” he said.', 'not allow island taken,” said.'],
    ['the speaker line', 'Our position is clear — Wang Yi, a spokesman for the ministry', 'position clear — Wang Yi, spokesman ministry'],
    ['capitals and punctuation around a stop word', 'THE talks, AND the (sanctions)', 'talks, (sanctions)'],
    ['nothing but stop words', 'it is what it is', ''],
  ])('%s', (_name, text, expected) => expect(withoutStopWords(text)).toBe(expected));
  it('keeps every word a search can ask for: what searchTerms keeps of a text, the index holds', () => {
    const text = 'Beijing said on Monday that the sanctions would be reviewed by its ministry';
    expect(searchTerms(`${withoutStopWords(text)} `)).toBe(searchTerms(`${text} `));
  });
});

describe('onlyStopWords', () => {
  it.each([
    ['and the', true],
    ['  The, of  ', true],
    ['the sanctions', false],
    ['', false],
    ['—', false],
  ])('%s', (typed, expected) => expect(onlyStopWords(typed)).toBe(expected));
});
