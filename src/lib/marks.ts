// Splits a paragraph into plain text and marked quotations, so the article page can highlight each quote in place.

/** The part of a quote the marker needs. */
export interface MarkableQuote {
  id: string;
  text: string;
  start: number;
  end: number;
}

/** A run of a paragraph: plain text, a quotation, or the place right after a quote (and its closing mark) for its speaker. */
export type Segment<Q extends MarkableQuote> =
  | { kind: 'text'; text: string }
  | { kind: 'quote'; text: string; quote: Q }
  | { kind: 'after'; quote: Q };

const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»', '›', '」', '』']);

/** Where the quote really is: its offsets when they hold its text, else the first occurrence from `from`; null if absent. */
function locate(text: string, quote: MarkableQuote, from: number): [number, number] | null {
  if (quote.start >= from && quote.end <= text.length && quote.start < quote.end && text.slice(quote.start, quote.end) === quote.text) {
    return [quote.start, quote.end];
  }
  if (quote.text === '') return null;
  const at = text.indexOf(quote.text, from);
  return at === -1 ? null : [at, at + quote.text.length];
}

/** Segments of `text` with each quote marked; quotes that cannot be placed (bad offsets, overlaps) are returned in `unplaced`. */
export function markQuotes<Q extends MarkableQuote>(text: string, quotes: readonly Q[]): { segments: Segment<Q>[]; unplaced: Q[] } {
  const segments: Segment<Q>[] = [];
  const unplaced: Q[] = [];
  let pos = 0;
  for (const quote of [...quotes].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const span = locate(text, quote, pos);
    if (span === null) {
      unplaced.push(quote);
      continue;
    }
    const [start, end] = span;
    if (start > pos) segments.push({ kind: 'text', text: text.slice(pos, start) });
    segments.push({ kind: 'quote', text: text.slice(start, end), quote });
    pos = end;
    // Put the speaker after the closing mark, not between the words and their mark.
    let close = end;
    while (close < text.length && CLOSING_MARKS.has(text[close]) && close - end < 2) close++;
    if (close > end) segments.push({ kind: 'text', text: text.slice(end, close) });
    segments.push({ kind: 'after', quote });
    pos = close;
  }
  if (pos < text.length) segments.push({ kind: 'text', text: text.slice(pos) });
  return { segments, unplaced };
}
