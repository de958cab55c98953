// Wording shared by two articles: TF-IDF vectors of the content words and word pairs of each
// article's headline and lead, and an inverted index of the rare ones to find candidate pairs.
import { matchTokens } from '../quote-align.ts';
import { isContentWord } from '../stopwords.ts';

/** What wording reads of an article. */
export interface WordingInput {
  title: string;
  standfirst?: string[];
  paragraphs: Array<{ text: string; role?: string }>;
}

/** Paragraphs of the body read: news leads state the event; the rest wanders into background. */
export const LEAD_PARAGRAPHS = 3;

/** The terms of an article's headline and lead: content words (3+ letters) and adjacent content-word pairs. */
export function leadTerms(article: WordingInput): string[] {
  const body = article.paragraphs.filter((p) => (p.role ?? 'body') === 'body').slice(0, LEAD_PARAGRAPHS).map((p) => p.text);
  const terms: string[] = [];
  for (const text of [article.title, ...(article.standfirst ?? []), ...body]) {
    const words = matchTokens(text);
    for (let i = 0; i < words.length; i++) {
      if (!isContentWord(words[i]) || words[i].length < 3) continue;
      terms.push(words[i]);
      if (i + 1 < words.length && isContentWord(words[i + 1])) terms.push(`${words[i]} ${words[i + 1]}`);
    }
  }
  return terms;
}

/** A sparse unit vector: term ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Term lists as ids (terms interned once: typed arrays keep 10,000 articles light). */
export function internTerms(termLists: string[][]): { lists: Int32Array[]; df: Int32Array; terms: string[] } {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const lists = termLists.map((list) => Int32Array.from(list, (t) => {
    let id = idOf.get(t);
    if (id === undefined) {
      id = terms.length;
      idOf.set(t, id);
      terms.push(t);
    }
    return id;
  }));
  const df = new Int32Array(terms.length);
  for (const list of lists) for (const id of new Set(list)) df[id]++;
  return { lists, df, terms };
}

/** Unit-length TF-IDF vector (sublinear term frequency) of one article's term ids, given document frequencies over n articles. */
export function wordingVector(list: Int32Array, df: Int32Array, n: number): SparseVector {
  const tf = new Map<number, number>();
  for (const id of list) tf.set(id, (tf.get(id) ?? 0) + 1);
  const entries: Array<[number, number]> = [];
  let norm = 0;
  for (const [id, c] of tf) {
    // A term in every article weighs nothing.
    const w = (1 + Math.log(c)) * Math.log((n + 1) / (df[id] + 1));
    if (w <= 0) continue;
    entries.push([id, w]);
    norm += w * w;
  }
  entries.sort((a, b) => a[0] - b[0]);
  norm = Math.sqrt(norm) || 1;
  return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float32Array.from(entries, (e) => e[1] / norm) };
}

/** Cosine of two unit vectors (a merge of their sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) dot += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return dot;
}

/** Pairs of articles sharing at least `minShared` rare word pairs (in 2..maxDf articles): an index, never all pairs. */
export function wordingCandidates(lists: Int32Array[], df: Int32Array, terms: string[], maxDf: number, minShared = 2): Array<[number, number]> {
  const postings = new Map<number, number[]>();
  lists.forEach((list, i) => {
    for (const id of new Set(list)) {
      // Word pairs only: single words (names, places) recur across unrelated events.
      if (df[id] < 2 || df[id] > maxDf || !terms[id].includes(' ')) continue;
      const p = postings.get(id) ?? [];
      p.push(i);
      postings.set(id, p);
    }
  });
  const shared = new Map<number, number>();
  const n = lists.length;
  for (const p of postings.values()) {
    for (let x = 0; x < p.length; x++) for (let y = x + 1; y < p.length; y++) {
      const key = p[x] * n + p[y];
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  return [...shared].filter(([, c]) => c >= minShared).map(([k]) => [Math.floor(k / n), k % n] as [number, number]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
