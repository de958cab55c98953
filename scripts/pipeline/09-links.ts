// The same quotation in several articles, found through an index of word shingles (never all pairs)
// and confirmed by a typo-tolerant word alignment. Pure: quotes in, links out.
import type { Quote } from '../../src/schemas/index.ts';
import { MatchFilter } from './link-filter.ts';
import { alignIds, matchTokens, Vocabulary, type Alignment } from './quote-align.ts';

/** What the linker reads of a quote. */
export type LinkableQuote = Pick<Quote, 'id' | 'article' | 'text' | 'kind' | 'speaker'>;

/** How two versions of a quotation relate: the same words (give or take a few), one a part of the other, or sharing a long passage. */
export type MatchRelation = 'same' | 'part' | 'overlap';

/** A link from one quote to a version of it in another article. */
export interface QuoteLink {
  quote: string;
  relation: MatchRelation;
  /** Dice similarity of the two versions' words (0..1). */
  similarity: number;
}

/** Limits that keep the linker near linear; see each use. */
export const LINK_LIMITS = {
  /** Words per shingle. Three: a short partial quote ("ready for talks") still has one. */
  shingle: 3,
  /** A shingle in more distinct quotations than this is a stock phrase and finds no candidates. */
  maxPostings: 24,
  /** Links kept per quote (best first): wire copy in hundreds of articles must not make the output quadratic. */
  maxMatches: 30,
  /** Words of a quotation compared (a longer one is compared on its first words). */
  maxTokens: 400,
};

/** Decides whether two token lists are versions of one quotation, and how they relate; null when not. */
export function judgeMatch(a: string[], b: string[]): { relation: MatchRelation; similarity: number } | null {
  const vocab = new Vocabulary();
  return judgeIds(vocab.encode(a), vocab.encode(b), vocab);
}

/** judgeMatch on word ids of a shared vocabulary (the fast path). */
export function judgeIds(a: Int32Array, b: Int32Array, vocab: Vocabulary): { relation: MatchRelation; similarity: number } | null {
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < 3) return null;
  const needed = shorter - Math.floor(shorter / 5);
  // Exact words first (cheap); typos are looked for only when they could tip the verdict.
  const exact = alignIds(a, b, vocab, false);
  const verdict = verdictOf(exact, shorter, longer, needed);
  if (verdict || exact.common < needed - Math.ceil(shorter / 5) - 1) return verdict;
  return verdictOf(alignIds(a, b, vocab, true), shorter, longer, needed);
}

function verdictOf(al: Alignment, shorter: number, longer: number, needed: number): { relation: MatchRelation; similarity: number } | null {
  // A fragment of glue words ("at any time") is in every other quote: it needs two content words.
  if (al.commonContent < 2) return null;
  const similarity = Math.round(al.similarity * 1000) / 1000;
  // One word in five may be missing or changed; the rest must sit close together in the longer version.
  if (al.common >= needed && al.density >= 0.75) return { relation: shorter / longer >= 0.8 ? 'same' : 'part', similarity };
  // Quotations cut at different places still share a long unbroken passage.
  if (al.longestRun >= 8 && al.commonContent >= 4) return { relation: 'overlap', similarity };
  return null;
}

// FNV-1a over the shingle's words: a 32-bit key keeps the index in typed arrays. A collision only adds a candidate, which alignment then rejects.
function hashWords(words: string[], from: number, count: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < from + count; k++) {
    const w = words[k];
    for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
    h = Math.imul(h ^ 32, 0x01000193);
  }
  return h >>> 0;
}

/** The shingle index: groups of texts (ascending ids) sharing a shingle not too common to mean anything, as CSR arrays. */
function shingleGroups(texts: string[][]): { start: Int32Array; members: Int32Array } {
  const k = LINK_LIMITS.shingle;
  const keys: number[] = [];
  texts.forEach((words, d) => {
    const seen = new Set<number>();
    for (let i = 0; i + k <= words.length; i++) {
      const h = hashWords(words, i, k);
      if (seen.has(h)) continue;
      seen.add(h);
      keys.push(h * 2 ** 21 + d); // hash and text id in one float64 (exact below 2^53), sorted natively
    }
  });
  const sorted = Float64Array.from(keys).sort();
  const start: number[] = [0];
  const members: number[] = [];
  for (let from = 0; from < sorted.length; ) {
    const h = Math.floor(sorted[from] / 2 ** 21);
    let end = from + 1;
    while (end < sorted.length && Math.floor(sorted[end] / 2 ** 21) === h) end++;
    if (end - from >= 2 && end - from <= LINK_LIMITS.maxPostings) {
      for (let x = from; x < end; x++) members.push(sorted[x] % 2 ** 21);
      start.push(members.length);
    }
    from = end;
  }
  return { start: Int32Array.from(start), members: Int32Array.from(members) };
}

/**
 * Calls `visit(s, e)` once for each pair of distinct texts that share a shingle of the index, with `s` the text
 * that comes first by `rank` (then by id): a caller comparing s with all its partners in a row loads s once.
 */
function forEachCandidate(texts: string[][], rank: (d: number) => number, visit: (s: number, e: number) => void): void {
  const { start, members } = shingleGroups(texts);
  // Members of each group by rank, so a text's partners from its side are the members after it.
  const order = (x: number, y: number) => rank(x) - rank(y) || x - y;
  for (let g = 0; g + 1 < start.length; g++) members.subarray(start[g], start[g + 1]).sort(order);
  const groupEnd = new Int32Array(members.length);
  for (let g = 0; g + 1 < start.length; g++) groupEnd.fill(start[g + 1], start[g], start[g + 1]);
  // Where each text sits in the groups (CSR: count[d]..count[d+1] index into at).
  const count = new Int32Array(texts.length + 1);
  for (let x = 0; x < members.length; x++) count[members[x] + 1]++;
  for (let d = 0; d < texts.length; d++) count[d + 1] += count[d];
  const fill = count.slice(0, texts.length);
  const at = new Int32Array(members.length);
  for (let x = 0; x < members.length; x++) at[fill[members[x]]++] = x;
  const stamp = new Int32Array(texts.length).fill(-1);
  for (let s = 0; s < texts.length; s++) {
    for (let c = count[s]; c < count[s + 1]; c++) {
      for (let x = at[c] + 1, end = groupEnd[at[c]]; x < end; x++) {
        const e = members[x];
        if (stamp[e] === s) continue;
        stamp[e] = s;
        visit(s, e);
      }
    }
  }
}

/** Candidate pairs of distinct texts that share at least one shingle not too common to mean anything, in order. */
export function candidatePairs(texts: string[][]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  forEachCandidate(texts, () => 0, (d, e) => pairs.push([d, e]));
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** The distinct wordings of the linkable quotes (indirect speech has no exact words): their matching keys, and the quotes that carry each. */
export interface QuoteTexts {
  texts: string[][];
  /** Per wording, the indexes of its quotes. */
  members: number[][];
}

/** Two wordings found to be versions of one quotation (text ids, d <= e; d === e for one wording in several articles). */
export interface TextMatch {
  d: number;
  e: number;
  relation: MatchRelation;
  similarity: number;
}

/** Identical wording is grouped first: one distinct text per wording, however many articles repeat it. */
export function quoteTexts(quotes: Array<Pick<LinkableQuote, 'text' | 'kind'>>): QuoteTexts {
  const textIds = new Map<string, number>();
  const texts: string[][] = [];
  const members: number[][] = [];
  quotes.forEach((q, qi) => {
    if (q.kind === 'indirect') return;
    const words = matchTokens(q.text).slice(0, LINK_LIMITS.maxTokens);
    if (words.length < 3) return;
    const key = words.join(' ');
    let d = textIds.get(key);
    if (d === undefined) {
      d = texts.length;
      textIds.set(key, d);
      texts.push(words);
      members.push([]);
    }
    members[d].push(qi);
  });
  if (texts.length >= 2 ** 21) throw new Error('too many distinct quotations for the link index');
  return { texts, members };
}

/**
 * The pairs of wordings that are versions of one quotation, in no particular order. This is nearly all the work
 * of linking, and reads no speakers: a caller can start it before the speakers are known.
 */
export function matchTexts(quotes: Array<Pick<LinkableQuote, 'article'>>, { texts, members }: QuoteTexts): TextMatch[] {
  const vocab = new Vocabulary();
  const ids = texts.map((words) => vocab.encode(words));
  const found: TextMatch[] = [];
  texts.forEach((_, d) => {
    if (new Set(members[d].map((qi) => quotes[qi].article)).size > 1 && judgeIds(ids[d], ids[d], vocab)) found.push({ d, e: d, relation: 'same', similarity: 1 });
  });
  // Each pair is gathered from its shorter text (the one the filter loads), and fully aligned only when the
  // filter cannot rule it out.
  const filter = new MatchFilter(vocab);
  forEachCandidate(texts, (d) => ids[d].length, (s, t) => {
    const d = Math.min(s, t);
    const e = Math.max(s, t);
    if (!filter.mayMatch(ids[d], ids[e])) return;
    const verdict = judgeIds(ids[d], ids[e], vocab);
    if (verdict) found.push({ d, e, ...verdict });
  });
  return found;
}

/** The links between quotes from their matched wordings (in any order: sorted here). */
export function linksFromMatches(quotes: LinkableQuote[], { texts, members }: QuoteTexts, found: TextMatch[]): Map<string, QuoteLink[]> {
  // Best links first, so that the per-quote cap keeps the closest versions.
  found.sort((x, y) => y.similarity - x.similarity || x.d - y.d || x.e - y.e);

  const links = new Map<string, QuoteLink[]>();
  const add = (from: LinkableQuote, to: LinkableQuote, relation: MatchRelation, similarity: number) => {
    const list = links.get(from.id) ?? [];
    if (list.length >= LINK_LIMITS.maxMatches || list.some((l) => l.quote === to.id)) return;
    list.push({ quote: to.id, relation, similarity });
    links.set(from.id, list);
  };
  for (const { d, e, relation, similarity } of found) {
    const shortWords = Math.min(texts[d].length, texts[e].length);
    for (const qi of members[d]) {
      for (const qj of members[e]) {
        const a = quotes[qi];
        const b = quotes[qj];
        if (a.article === b.article) continue;
        // Two known, different speakers of a short phrase: a slogan both use, not one quotation reported twice.
        if (a.speaker && b.speaker && a.speaker !== b.speaker && shortWords < 8) continue;
        add(a, b, relation, similarity);
        add(b, a, relation, similarity);
      }
    }
  }
  return links;
}

/** Finds, for each quote, the versions of it that other articles carry. Indirect speech is not matched (no exact words). */
export function findQuoteLinks(quotes: LinkableQuote[]): Map<string, QuoteLink[]> {
  const texts = quoteTexts(quotes);
  return linksFromMatches(quotes, texts, matchTexts(quotes, texts));
}

/** Quote id -> ids of its versions elsewhere, closest first (the links without their relations). */
export function linkIds(links: Map<string, QuoteLink[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, list] of links) out.set(id, list.map((l) => l.quote));
  return out;
}

/** Links quotations that other articles carry too: quote id -> ids of its versions elsewhere, closest first. */
export function linkQuotes(quotes: LinkableQuote[]): Map<string, string[]> {
  return linkIds(findQuoteLinks(quotes));
}
