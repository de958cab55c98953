// Words of an article's body, as the corpus states them (Article.wordCount).

/** Words in a text: runs of letters and digits. */
export const countWords = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Words of the kept paragraphs (a pure per-article figure, so worker threads compute it with the analysis). */
export function bodyWordCount(paragraphs: ReadonlyArray<{ text: string }>): number {
  return paragraphs.reduce((n, p) => n + countWords(p.text), 0);
}
