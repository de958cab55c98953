import { describe, expect, it } from 'vitest';
import { parseTopLevelObject } from '../../src/lib/read-corpus.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseTopLevelObject', () => {
  it.each([
    ['a corpus-like object, indented', JSON.stringify({ version: 1, articles: [{ slug: 'a', paragraphs: [{ text: 'He said: “No.” {not a brace} [nor this]' }] }, { slug: 'b' }], topics: [] }, null, 1)],
    ['compact, with escaped quotes and backslashes in strings', JSON.stringify({ quotes: [{ text: 'a \\"quoted\\" \\\\ word}', end: 3 }], n: null, ok: true, x: -1.5e3 })],
    ['nested arrays and empty values', '{ "a" : [ [1, [2]], {}, [], "s,]" ] , "b":{"c":[1,2]}, "e": [] }'],
    ['non-ASCII keys and text (CJK, RTL, emoji)', JSON.stringify({ 'ключ': ['北京', 'שלום', '👍🏽'] })],
  ])('gives the same value as JSON.parse for %s', (_, text) => expect(parseTopLevelObject(bytes(text))).toEqual(JSON.parse(text)));

  it.each([['an array at the top', '[1]'], ['a missing comma', '{"a": [1 2]}'], ['trailing bytes', '{"a": 1} x'], ['an unfinished object', '{"a": [1]']])(
    'rejects %s', (_, text) => expect(() => parseTopLevelObject(bytes(text))).toThrow(SyntaxError),
  );
});
