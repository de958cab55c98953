// The quotes sent to the quote-linking thread (link-thread.ts), in a module of their own so that the thread loads little.
import type { LinkableQuote } from '../pipeline/09-links.ts';

/** What the link thread is sent: the linker's fields of each quote as columns (arrays of strings copy faster than objects). */
export interface QuoteColumns {
  id: string[];
  article: string[];
  text: string[];
  kind: Array<LinkableQuote['kind']>;
  speaker: Array<string | null>;
}

/** The linker's fields of `quotes`, as columns. */
export function toColumns(quotes: LinkableQuote[]): QuoteColumns {
  return { id: quotes.map((q) => q.id), article: quotes.map((q) => q.article), text: quotes.map((q) => q.text), kind: quotes.map((q) => q.kind), speaker: quotes.map((q) => q.speaker) };
}

/** The quotes of `columns` again (what linkQuotes reads of them). */
export function fromColumns(c: QuoteColumns): LinkableQuote[] {
  return c.id.map((id, i) => ({ id, article: c.article[i], text: c.text[i], kind: c.kind[i], speaker: c.speaker[i] }));
}
