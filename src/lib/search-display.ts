// What a search result shows, and where the search page finds it. The index holds each record's words without their
// stop words (see withoutStopWords), so the text a result shows travels as a Pagefind filter value: filters come back
// with each result's data but, unlike `content` and every `meta` field, are not searchable words.
import { truncate } from './labels.ts';
import { bare } from './search-query.ts';

/** The filter that carries the text a result shows: a quotation's words, or an article's or story's opening. */
export const SHOWN = 'shown';
/** The filter that carries, on a quotation's record, the headline of its article. */
export const IN_ARTICLE = 'article';

/** How much of a quote the result list shows. */
export const QUOTE_SHOWN = 400;
/** How much of an article's or story's opening the result list shows. */
export const OPENING_SHOWN = 240;

/** The quotation or opening as the result list shows it (never empty: a record without one carries no `shown` filter). */
export const shownText = (text: string, max: number): string[] => (text.trim() ? [truncate(text.trim(), max)] : []);

/**
 * `text` cut into runs, each marked when it is a word the search matched: a word that starts with one of `terms`
 * (Pagefind matches terms as prefixes), or that a term starts with (a search for "agreements" also finds "agreement").
 */
export function markTerms(text: string, terms: string): Array<{ text: string; mark: boolean }> {
  const wanted = terms.split(/\s+/).map(bare).filter(Boolean);
  const runs: Array<{ text: string; mark: boolean }> = [];
  for (const part of text.split(/(\s+)/)) {
    if (!part) continue;
    const word = bare(part);
    const mark = word !== '' && wanted.some((t) => word.startsWith(t) || (word.length >= 4 && t.startsWith(word)));
    const prev = runs.at(-1);
    if (!mark && prev && !prev.mark) prev.text += part;
    else runs.push({ text: part, mark });
  }
  return runs;
}
