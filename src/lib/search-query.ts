// What the search page asks Pagefind for while the reader types: the words worth searching, without the cheap-to-type
// but costly-to-search ones. Pagefind matches every word as a prefix, so "the" also means "them", "there", "these" and
// "they" (a large part of the index to download and rank), and a one-letter word under the cursor means every word that
// starts with that letter.

/** Function words that nearly every quotation has: they narrow nothing, and searching them costs the most. */
export const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his',
  'i', 'if', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'our', 'she', 'so', 'than', 'that', 'the', 'their', 'them', 'then',
  'there', 'these', 'they', 'this', 'those', 'to', 'was', 'we', 'were', 'what', 'which', 'who', 'will', 'with', 'would', 'you', 'your',
]);

/** The shortest word still being typed that is searched: shorter ones match too many words to be worth a search. */
export const MIN_PARTIAL = 3;

/**
 * The terms to search for `typed` (the text box as it stands), or null when there is nothing worth searching yet.
 * `final` (the reader pressed Enter) searches the last word however short. Stop words are left out; Pagefind needs every
 * term it is given, so leaving them out only widens the match. Stop words alone are searched only on Enter.
 */
export function searchTerms(typed: string, final = false): string | null {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // A word with no space after it may still be growing: below MIN_PARTIAL letters it waits for more.
  const growing = !final && !/\s$/.test(typed);
  const last = words.length - 1;
  const kept = words.filter((w, i) => !(growing && i === last && [...w.replace(/[^\p{L}\p{N}]/gu, '')].length < MIN_PARTIAL));
  const content = kept.filter((w) => !STOP_WORDS.has(w.replace(/[^\p{L}\p{N}]/gu, '')));
  const terms = content.length > 0 ? content : final ? kept : [];
  return terms.length > 0 ? terms.join(' ') : null;
}
