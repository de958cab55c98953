// Words of an article's body, as the corpus states them (Article.wordCount).
import { classOf, LETTER } from './attribute/chars.ts';

/**
 * Words in a text: runs of letters and digits (what /[\p{L}\p{N}]+/gu matches), counted. Walked over the code points
 * rather than matched: the pattern made a string of every word of every article only to count them.
 */
export function countWords(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const letter = (classOf(cp) & LETTER) !== 0;
    if (letter && !inWord) words++;
    inWord = letter;
    i += cp > 0xffff ? 2 : 1;
  }
  return words;
}

/** Words of the kept paragraphs (a pure per-article figure, so worker threads compute it with the analysis). */
export function bodyWordCount(paragraphs: ReadonlyArray<{ text: string }>): number {
  return paragraphs.reduce((n, p) => n + countWords(p.text), 0);
}
