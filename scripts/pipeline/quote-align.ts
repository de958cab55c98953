// Comparing two quotations word by word, tolerant of the small changes outlets make:
// British/American spelling, a typo, a dropped word, a clause cut.
import { classOf, LETTER } from './attribute/chars.ts';
import { isContentWord } from './stopwords.ts';

// Spelling variants folded to one form so that exact keys (shingles) agree; both sides fold alike,
// so an odd fold ("four" stays, "colour" -> "color") can never separate two identical words.
const FOLDS: Array<[RegExp, string]> = [
  [/amme$/, 'am'], // programme
  [/dgement$/, 'dgment'], // judgement
  [/([a-z]{2,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'], // organise, realised
  [/([a-z]{2,})ys(e|es|ed|ing)$/, '$1yz$2'], // analyse
  [/([a-z]{3,})our(s|ed|ing|ite|ites|able|ably)?$/, '$1or$2'], // colour, favourite
  [/([a-z]{3,})tre(s)?$/, '$1ter$2'], // centre
  [/([cf])ence$/, '$1ense'], // defence, licence
  [/([b-df-hj-np-tv-z])\1/g, '$1'], // spiralling, travelled
];

// Folding is the hot path at 10,000 articles; a collection's vocabulary is small, so results are memoised (bounded).
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 500_000;

/** A word's matching key: lower case, no accents or apostrophes, spelling variants folded. */
export function foldWord(word: string): string {
  let w = foldCache.get(word);
  if (w === undefined) {
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    w = foldUncached(word);
    foldCache.set(word, w);
  }
  return w;
}

function foldUncached(word: string): string {
  let w = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’‘`]/g, '');
  w = w.replace(/[^\p{L}\p{N}]+/gu, '');
  for (const [pattern, replacement] of FOLDS) w = w.replace(pattern, replacement);
  return w;
}

const SURROGATE = /[\ud800-\udfff]/;
/** Apostrophes and backticks, dropped from words: "don't" is "dont". */
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60;

/**
 * A text's words: its runs of letters and digits once apostrophes are dropped (what splitting it on
 * /[^\p{L}\p{N}]+/u after removing /['’‘`]/g gives, empty pieces left out). Walked over the characters: this
 * runs on every quotation and every lead, and the patterns cost more.
 */
export function textWords(plain: string): string[] {
  // Dropping an apostrophe between two halves of a surrogate pair makes one character of them: text with any (rare) goes to the patterns.
  if (SURROGATE.test(plain)) return plain.replace(/['’‘`]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words: string[] = [];
  // The word so far: finished pieces (apostrophes cut it) and the piece being read, from `from` (-1: none).
  let pieces = '';
  let from = -1;
  for (let i = 0; i <= plain.length; i++) {
    const c = i < plain.length ? plain.charCodeAt(i) : -1;
    if (c >= 0 && isApostrophe(c)) {
      if (from >= 0) pieces += plain.slice(from, i);
      from = -1;
    } else if (c >= 0 && classOf(c) & LETTER) {
      if (from < 0) from = i;
    } else {
      if (from >= 0) pieces += plain.slice(from, i);
      if (pieces) words.push(pieces);
      pieces = '';
      from = -1;
    }
  }
  return words;
}

/** The matching keys of a text's words, in order (punctuation-only tokens dropped). */
export function matchTokens(text: string): string[] {
  const plain = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text;
  return textWords(plain).map(foldWord).filter(Boolean);
}

/** True when two keys differ by at most one edit (a typo), for words long enough that this is no coincidence. */
export function nearWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // One substitution, insertion or deletion at i: the rests must then agree.
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** Words as integer ids, so that alignment compares numbers; near-misses (typos) are cached per pair of ids. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly content: boolean[] = [];
  private readonly nearCache = new Map<number, boolean>();

  /** The id of a matching key, added when new. */
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.content.push(isContentWord(word));
    }
    return id;
  }

  /** Ids of a list of matching keys. */
  encode(words: string[]): Int32Array {
    return Int32Array.from(words, (w) => this.id(w));
  }

  /** Words known so far (ids are 0..size-1). */
  get size(): number {
    return this.words.length;
  }

  /** For every id, the other ids one typo apart (see near): candidates from shared one-deletion keys, each confirmed by near. */
  neighbours(): number[][] {
    const byKey = new Map<string, number[]>();
    const put = (key: string, id: number) => {
      const list = byKey.get(key);
      if (list) list.push(id);
      else byKey.set(key, [id]);
    };
    this.words.forEach((w, id) => {
      // Two words within one edit share a key: a substitution deletes alike, an insertion deletes down to the shorter word.
      if (w.length < 5) return;
      put(w, id);
      for (let i = 0; i < w.length; i++) put(w.slice(0, i) + w.slice(i + 1), id);
    });
    const out: number[][] = this.words.map(() => []);
    for (const ids of byKey.values()) {
      for (let x = 0; x < ids.length; x++) {
        for (let y = x + 1; y < ids.length; y++) {
          const a = ids[x];
          const b = ids[y];
          if (a !== b && !out[a].includes(b) && this.near(a, b)) {
            out[a].push(b);
            out[b].push(a);
          }
        }
      }
    }
    return out;
  }

  /** True for the id of a content word. */
  isContent(id: number): boolean {
    return this.content[id];
  }

  /** True when two ids are one word or a typo apart (see nearWord). */
  near(x: number, y: number): boolean {
    if (x === y) return true;
    const a = this.words[x];
    const b = this.words[y];
    // The cheap rejections first: most pairs of different words differ in length or first letter.
    if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1 || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
    const key = x < y ? x * 0x200000 + y : y * 0x200000 + x;
    let r = this.nearCache.get(key);
    if (r === undefined) this.nearCache.set(key, (r = nearWord(a, b)));
    return r;
  }
}

/** How two token lists align. */
export interface Alignment {
  /** Words aligned (in order). */
  common: number;
  /** Aligned words that are content words. */
  commonContent: number;
  /** Aligned words divided by the shorter list's length (0..1). */
  coverage: number;
  /** Dice similarity: 2 x common / (sum of lengths). */
  similarity: number;
  /** Aligned words divided by the stretch of the longer list they span: 1 when the shorter sits in it unbroken. */
  density: number;
  /** The longest unbroken run of aligned words. */
  longestRun: number;
}

// One DP table reused across calls: allocation per pair dominated the cost at 100,000 quotations.
let scratch = new Uint16Array(4096);

/** Aligns two id lists (longest common subsequence; with `fuzzy`, typo-tolerant). Cost: length x length. */
export function alignIds(a: Int32Array, b: Int32Array, vocab: Vocabulary, fuzzy = true): Alignment {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  const n = s.length;
  const m = l.length;
  const empty: Alignment = { common: 0, commonContent: 0, coverage: 0, similarity: 0, density: 0, longestRun: 0 };
  if (n === 0) return empty;
  const w = m + 1;
  if (scratch.length < (n + 1) * w) scratch = new Uint16Array((n + 1) * w * 2);
  const table = scratch;
  table.fill(0, n * w, (n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    const si = s[i];
    table[i * w + m] = 0;
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = si === l[j] || (fuzzy && vocab.near(si, l[j])) ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const same = (x: number, y: number) => x === y || (fuzzy && vocab.near(x, y));
  let i = 0;
  let j = 0;
  let common = 0;
  let commonContent = 0;
  let first = -1;
  let last = -1;
  let run = 0;
  let longestRun = 0;
  let prevI = -2;
  let prevJ = -2;
  while (i < n && j < m) {
    if (table[i * w + j] === table[(i + 1) * w + j + 1] + 1 && same(s[i], l[j])) {
      common++;
      if (vocab.isContent(s[i])) commonContent++;
      if (first < 0) first = j;
      last = j;
      run = prevI === i - 1 && prevJ === j - 1 ? run + 1 : 1;
      longestRun = Math.max(longestRun, run);
      prevI = i;
      prevJ = j;
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  if (common === 0) return empty;
  return { common, commonContent, coverage: common / n, similarity: (2 * common) / (n + m), density: common / (last - first + 1), longestRun };
}

/** Aligns two lists of matching keys (see alignIds). */
export function alignTokens(a: string[], b: string[]): Alignment {
  const vocab = new Vocabulary();
  return alignIds(vocab.encode(a), vocab.encode(b), vocab);
}
