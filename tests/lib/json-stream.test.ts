import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeItem, renderItem, renderItemAhead, writeJsonStreamed, type RenderedItem } from '../../scripts/lib/json-stream.ts';

const dir = mkdtempSync(join(tmpdir(), 'json-stream-'));
const written = (value: unknown, indent?: number, rendered?: Record<string, RenderedItem[]>) => {
  const path = join(dir, 'out.json');
  writeJsonStreamed(path, value, indent, rendered);
  return readFileSync(path, 'utf8');
};

describe('writeJsonStreamed', () => {
  it.each([
    ['a corpus-like object', { version: 1, articles: [{ slug: 'a', paragraphs: [{ id: 'p1', text: 'He said: “No.”\nNext' }], date: null, topics: [] }], speakers: [], nested: { a: [1, [2, 3], {}] } }],
    ['undefined fields and array holes as JSON.stringify writes them', { a: undefined, b: [undefined, () => 1, 2], c: 'x' }],
    ['scalars', 'text'],
    ['an empty object', {}],
    ['dates and other toJSON values', { at: new Date(0) }],
  ])('writes %s byte for byte as JSON.stringify with indent 1', (_, value) => {
    expect(written(value)).toBe(`${JSON.stringify(value, null, 1)}\n`);
  });

  it('follows another indent', () => {
    const value = { a: [{ b: 1 }] };
    expect(written(value, 2)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes deep items whole with their lines indented to where they sit', () => {
    const value = { list: [{ a: [1, { b: 'line\nbreak \u2028 and "quotes"', c: undefined, d: Symbol('s') }], e: new Date(0), f: [] }, [[[]]], null, 'x'] };
    for (const indent of [1, 2, 3]) expect(written(value, indent)).toBe(`${JSON.stringify(value, null, indent)}\n`);
  });

  it('writes more than its buffer holds', () => {
    const value = { quotes: Array.from({ length: 30_000 }, (_, i) => ({ id: `q${i}`, text: 'words '.repeat(10) })) };
    expect(written(value)).toBe(`${JSON.stringify(value, null, 1)}\n`);
  });
});

describe('items rendered ahead', () => {
  const item = { id: 'q1', text: 'He said: “No.”\nNext', topics: ['a', 'b'], nested: { x: [1, {}] }, matches: [] as unknown };
  const lasts: unknown[] = [null, 'story-a', [], ['q2', 'q3'], { deep: [1, [2]] }, 0, true];

  it.each(lasts.map((v) => [JSON.stringify(v), v]))('completes an item rendered but for its last field (%s) as the whole item is rendered', (_, last) => {
    for (const indent of [1, 2]) {
      const whole = { ...item, matches: last };
      expect(completeItem(renderItemAhead(item, 'matches', indent), last, indent)).toBe(renderItem(whole, indent));
    }
  });

  it('writes a file with lists rendered ahead byte for byte as JSON.stringify', () => {
    const value = { version: 1, quotes: [item, { ...item, id: 'q2', matches: ['q1'] }], speakers: [{ id: 's', roles: [] }], stories: [] };
    const rendered = {
      quotes: value.quotes.map((q) => completeItem(renderItemAhead({ ...q, matches: [] }, 'matches'), q.matches)),
      speakers: value.speakers.map((s) => renderItem(s)),
    };
    expect(written(value, 1, rendered)).toBe(`${JSON.stringify(value, null, 1)}\n`);
  });

  it('writes items rendered ahead as UTF-8 bytes, alone or in pieces with text, byte for byte as JSON.stringify', () => {
    const bytes = (t: string) => Buffer.from(t, 'utf8');
    // More items than one write takes (in bytes and in pieces), with characters past Latin-1 and past the BMP.
    const quotes = Array.from({ length: 30_000 }, (_, i) => ({ id: `q${i}`, text: `“Word ${'’é𝒜 '.repeat(i % 7)}” ${'x'.repeat(i % 50)}`, matches: i % 3 ? [`q${i - 1}`] : [] }));
    const value = { version: 1, quotes, speakers: [{ id: 's', name: 'Zoë' }], tail: 'end' };
    const rendered = {
      quotes: quotes.map((q, i) => (i % 2 ? completeItem(bytes(renderItemAhead({ ...q, matches: [] }, 'matches')), q.matches) : bytes(renderItem(q)))),
      speakers: value.speakers.map((sp) => [bytes(renderItem(sp).slice(0, 3)), renderItem(sp).slice(3)]),
    };
    expect(written(value, 1, rendered)).toBe(`${JSON.stringify(value, null, 1)}\n`);
  });

  it('refuses what a placeholder cannot stand for: a field that is not the last, a value JSON leaves out, items that do not fit the list', () => {
    expect(() => renderItemAhead(item, 'topics')).toThrow(/not the last field/);
    expect(() => completeItem(renderItemAhead(item, 'matches'), undefined)).toThrow(/JSON value/);
    expect(() => written({ quotes: [item] }, 1, { quotes: [] })).toThrow(/do not fit/);
  });
});
