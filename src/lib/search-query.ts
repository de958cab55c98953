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

/** A word as the stop-word list spells it: lower case, letters and digits only. */
export const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether `word` (as written, with its punctuation) is a stop word. */
export const isStopWord = (word: string): boolean => STOP_WORDS.has(bare(word));

/**
 * `text` as the search index holds it: without its stop words. No search asks for them (searchTerms leaves them out),
 * and they were the largest entries of the index: a word that sorts next to "to" or "the" shared its index file with
 * them, so typing it fetched tens of KB from every shard.
 */
export function withoutStopWords(text: string): string {
  return text.split(/\s+/).filter((w) => w && !isStopWord(w)).join(' ');
}

/** The shortest word still being typed that is searched once the typing pauses: shorter ones match too many words. */
export const MIN_PARTIAL = 3;

/**
 * The shortest word still being typed whose index entries are fetched as keys come (before the pause). At 10,000
 * articles each three-letter prefix on the way fetched 5-25 KB of index that the finished word mostly did not need.
 */
export const MIN_PRELOAD = 4;

/** When the terms are asked for: as a key comes (to fetch ahead), when the typing pauses, or on Enter. */
export type SearchMoment = 'key' | 'pause' | 'enter';

/**
 * The terms to search for `typed` (the text box as it stands), or null when there is nothing worth searching yet.
 * Enter searches the last word however short. Stop words are left out (the index does not hold them, see
 * withoutStopWords); Pagefind needs every term it is given, so leaving them out only widens the match.
 */
export function searchTerms(typed: string, moment: SearchMoment = 'pause'): string | null {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  // A word with no space after it may still be growing: below the moment's minimum it waits for more letters.
  const growing = moment !== 'enter' && !/\s$/.test(typed);
  const min = moment === 'key' ? MIN_PRELOAD : MIN_PARTIAL;
  const last = words.length - 1;
  const terms = words.filter((w, i) => !isStopWord(w) && !(growing && i === last && [...bare(w)].length < min));
  return terms.length > 0 ? terms.join(' ') : null;
}

/** Whether `typed` has words but every one is a stop word (nothing the index can look up). */
export function onlyStopWords(typed: string): boolean {
  const words = typed.split(/\s+/).filter((w) => bare(w) !== '');
  return words.length > 0 && words.every(isStopWord);
}
