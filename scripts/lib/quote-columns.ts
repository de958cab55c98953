// The quotes sent to the quote-linking thread (link-thread.ts), in a module of their own so that the thread loads little.
import type { LinkableQuote } from '../pipeline/09-links.ts';

/**
 * What the link thread is sent first: the linker's fields of each quote but the speaker, as columns (arrays of
 * strings copy faster than objects). The speakers follow when merged, as one more column.
 */
export interface QuoteColumns {
  id: string[];
  article: string[];
  text: string[];
  kind: Array<LinkableQuote['kind']>;
}

/** The linker's fields of `quotes` (but the speaker), as columns. */
export function toColumns(quotes: Array<Omit<LinkableQuote, 'speaker'>>): QuoteColumns {
  return { id: quotes.map((q) => q.id), article: quotes.map((q) => q.article), text: quotes.map((q) => q.text), kind: quotes.map((q) => q.kind) };
}

/** The quotes of `columns` again with their speakers (what linkQuotes reads of them). */
export function fromColumns(c: QuoteColumns, speakers: Array<string | null>): LinkableQuote[] {
  return c.id.map((id, i) => ({ id, article: c.article[i], text: c.text[i], kind: c.kind[i], speaker: speakers[i] }));
}
