import { describe, expect, it } from 'vitest';
import { markQuotes } from '../../src/lib/marks.ts';

const para = 'The minister said: “We will not back down.” Officials called it “a red line” on Friday.';
const q = (id: string, text: string) => ({ id, text, start: para.indexOf(text), end: para.indexOf(text) + text.length });

describe('markQuotes', () => {
  it('marks each quote and puts its speaker after the closing mark', () => {
    const { segments, unplaced } = markQuotes(para, [q('a', 'We will not back down.'), q('b', 'a red line')]);
    expect(unplaced).toEqual([]);
    expect(segments.map((s) => (s.kind === 'after' ? `[${s.quote.id}]` : s.kind === 'quote' ? `<${s.text}>` : s.text)).join('')).toBe(
      'The minister said: “<We will not back down.>”[a] Officials called it “<a red line>”[b] on Friday.',
    );
  });
  it('keeps every character of the paragraph', () => {
    const { segments } = markQuotes(para, [q('b', 'a red line'), q('a', 'We will not back down.')]);
    expect(segments.map((s) => (s.kind === 'after' ? '' : s.text)).join('')).toBe(para);
  });
  it('finds a quote by its words when the offsets are wrong', () => {
    const { segments } = markQuotes(para, [{ id: 'a', text: 'a red line', start: 0, end: 3 }]);
    expect(segments.find((s) => s.kind === 'quote')).toMatchObject({ text: 'a red line' });
  });
  it('reports a quote that is not in the paragraph instead of marking something else', () => {
    const { segments, unplaced } = markQuotes(para, [{ id: 'x', text: 'never said', start: 0, end: 10 }]);
    expect(unplaced.map((u) => u.id)).toEqual(['x']);
    expect(segments).toEqual([{ kind: 'text', text: para }]);
  });
  it('does not mark overlapping quotes twice', () => {
    const first = q('a', 'We will not back down.');
    const { unplaced } = markQuotes(para, [first, { ...first, id: 'dup' }]);
    expect(unplaced.map((u) => u.id)).toEqual(['dup']);
  });
  it('handles a quote with no closing mark (a multi-paragraph quotation)', () => {
    const text = '“The first part of a long statement.';
    const { segments } = markQuotes(text, [{ id: 'm', text: 'The first part of a long statement.', start: 1, end: text.length }]);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'quote', 'after']);
  });
});
