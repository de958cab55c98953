import { describe, expect, it } from 'vitest';
import { markTerms } from '../../src/lib/search-display.ts';

/** The runs as text with the marked ones in [brackets], to read the cases at a glance. */
const show = (text: string, terms: string) => markTerms(text, terms).map((r) => (r.mark ? `[${r.text}]` : r.text)).join('');

describe('markTerms', () => {
  it.each([
    ['a word the search asked for', 'Beijing warned of sanctions on Monday', 'sanctions', 'Beijing warned of [sanctions] on Monday'],
    ['a word a term starts (Pagefind matches prefixes)', 'The sanctioned firms appealed', 'sanction', 'The [sanctioned] firms appealed'],
    ['a shorter form of a term (the search finds the stem)', 'the trade agreement was signed', 'agreements', 'the trade [agreement] was signed'],
    ['capitals and punctuation', '“Taiwan,” he said of TAIWAN.', 'taiwan', '[“Taiwan,”] he said of [TAIWAN.]'],
    ['several terms', 'tariffs on steel and tariffs on aluminium', 'steel aluminium', 'tariffs on [steel] and tariffs on [aluminium]'],
    ['short words are not taken for stems of a term', 'we are at a standstill', 'standstill', 'we are at a [standstill]'],
    ['no terms: nothing marked', 'Nothing to mark here', '', 'Nothing to mark here'],
  ])('%s', (_name, text, terms, expected) => expect(show(text, terms)).toBe(expected));
  it('keeps the text whole, spaces included', () => {
    const text = 'Two  spaces\tand a tab';
    expect(markTerms(text, 'spaces').map((r) => r.text).join('')).toBe(text);
  });
});
