// A cheap test run before the word alignment of a candidate pair of quotations: upper bounds on what the
// alignment can find, from bit-parallel longest-common-subsequence lengths (Hyyrö's algorithm: one pass of
// word operations over the other text). It only ever rules out pairs the alignment would reject, so links
// are exactly those of the full comparison; most candidates (shared stock phrases) stop here.
import type { Vocabulary } from './quote-align.ts';

/** Counts the one bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The verdict thresholds of judgeIds for a pair whose shorter text has `shorter` words. */
export function thresholds(shorter: number): { needed: number; fuzzyFrom: number } {
  const needed = shorter - Math.floor(shorter / 5);
  return { needed, fuzzyFrom: needed - Math.ceil(shorter / 5) - 1 };
}

/** Aligned words in an unbroken run that the 'overlap' verdict needs (see verdictOf in 09-links). */
export const OVERLAP_RUN = 8;

/** True when an alignment of `common` words, `content` of them content words, with an unbroken run possible when `run`, could pass verdictOf (see 09-links). */
export function couldPass(common: number, content: number, needed: number, run = true): boolean {
  return content >= 2 && (common >= needed || (run && common >= OVERLAP_RUN && content >= 4));
}

/**
 * Pre-filter for judgeIds over one vocabulary: `mayMatch(a, b)` says whether judgeIds(a, b) could return a
 * verdict. The shorter text is loaded as bit masks (one bit per word) and kept for the next call, so calls
 * that share a text in a row load it once.
 */
export class MatchFilter {
  private readonly neighbours: number[][];
  private exact: Int32Array;
  private fuzzy: Int32Array;
  /** Per word id: 1 when it matches some word of the pattern exactly, 2 when only through a typo (0: neither). */
  private readonly present: Uint8Array;
  private k = 1;
  private pattern: Int32Array = new Int32Array(0);
  private content: Int32Array = new Int32Array(1);
  private touched: number[] = [];
  private readonly v = new Int32Array(64);
  private run = new Int32Array(OVERLAP_RUN);

  constructor(private readonly vocab: Vocabulary) {
    this.neighbours = vocab.neighbours();
    this.exact = new Int32Array(vocab.size);
    this.fuzzy = new Int32Array(vocab.size);
    this.present = new Uint8Array(vocab.size);
  }

  /** Loads text `a` (word ids) as the pattern compared with. */
  private setPattern(a: Int32Array): void {
    for (const id of this.touched) {
      this.exact.fill(0, id * this.k, id * this.k + this.k);
      this.fuzzy.fill(0, id * this.k, id * this.k + this.k);
      this.present[id] = 0;
    }
    this.touched = [];
    const k = Math.max(1, Math.ceil(a.length / 32));
    // Everything set for the last pattern is zero again, so a change of width needs new arrays only to grow.
    if (this.exact.length < this.vocab.size * k) {
      this.exact = new Int32Array(this.vocab.size * k);
      this.fuzzy = new Int32Array(this.vocab.size * k);
    }
    this.k = k;
    this.pattern = a;
    this.content = new Int32Array(k);
    for (let i = 0; i < a.length; i++) {
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      const id = a[i];
      this.exact[id * k + word] |= bit;
      this.fuzzy[id * k + word] |= bit;
      this.present[id] = 1;
      this.touched.push(id);
      for (const nb of this.neighbours[id]) {
        this.fuzzy[nb * k + word] |= bit;
        if (!this.present[nb]) this.present[nb] = 2;
        this.touched.push(nb);
      }
      if (this.vocab.isContent(id)) this.content[word] |= bit;
    }
  }

  /**
   * LCS length of the pattern (the shorter text) and b, the same counting only the pattern's content words,
   * and whether they share an unbroken passage of OVERLAP_RUN words (bit-parallel, under the relation of `masks`).
   */
  private lcs(b: Int32Array, masks: Int32Array): void {
    if (this.k === 1) this.lcs1(b, masks);
    else this.lcsK(b, masks);
  }

  // The last lcs call's results (fields, not a returned tuple: this runs millions of times at 10,000 articles).
  private common = 0;
  private commonContent = 0;
  private hasRun = false;

  /** lcs for a pattern of at most 32 words: the same steps on single integers (most quotations). */
  private lcs1(b: Int32Array, masks: Int32Array): void {
    const contentBits = this.content[0];
    let v = -1;
    let vc = -1;
    let r1 = 0, r2 = 0, r3 = 0, r4 = 0, r5 = 0, r6 = 0, r7 = 0;
    let hasRun = false;
    for (let j = 0; j < b.length; j++) {
      const id = b[j];
      const m = masks[id];
      const u = v & m;
      v = ((v >>> 0) + (u >>> 0)) | 0 | (v & ~m);
      const mc = m & contentBits;
      const uc = vc & mc;
      vc = ((vc >>> 0) + (uc >>> 0)) | 0 | (vc & ~mc);
      // r_t: bit i when pattern words i-t..i match the last t+1 words of b (a common passage of t+1 words).
      if (m & (r7 << 1)) hasRun = true;
      r7 = m & (r6 << 1);
      r6 = m & (r5 << 1);
      r5 = m & (r4 << 1);
      r4 = m & (r3 << 1);
      r3 = m & (r2 << 1);
      r2 = m & (r1 << 1);
      r1 = m;
    }
    this.common = popcount(~v);
    this.commonContent = popcount(~vc);
    this.hasRun = hasRun;
  }

  /**
   * lcs for a longer pattern: k words of bits, carries passed up. The common passage is not looked for here
   * (eight more steps per word of b): `hasRun` is left true, and passageK decides it when the counts need it.
   */
  private lcsK(b: Int32Array, masks: Int32Array): void {
    const k = this.k;
    const v = this.v;
    v.fill(-1, 0, 2 * k);
    for (let j = 0; j < b.length; j++) {
      const id = b[j];
      let carry = 0;
      let carryC = 0;
      for (let w = 0; w < k; w++) {
        const m = masks[id * k + w];
        const vw = v[w];
        const u = vw & m;
        const sum = (vw >>> 0) + (u >>> 0) + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        v[w] = (sum | 0) | (vw & ~m);
        const mc = m & this.content[w];
        const vc = v[k + w];
        const uc = vc & mc;
        const sumC = (vc >>> 0) + (uc >>> 0) + carryC;
        carryC = sumC > 0xffffffff ? 1 : 0;
        v[k + w] = (sumC | 0) | (vc & ~mc);
      }
    }
    let common = 0;
    let content = 0;
    for (let w = 0; w < k; w++) {
      common += popcount(~v[w]);
      content += popcount(~v[k + w]);
    }
    this.common = common;
    this.commonContent = content;
    this.hasRun = true;
  }

  /** Whether a longer pattern and b share an unbroken passage of OVERLAP_RUN words under the relation of `masks`. */
  private passageK(b: Int32Array, masks: Int32Array, maxPresent: number): boolean {
    if (!this.presentRun(b, maxPresent)) return false;
    const k = this.k;
    // run[t] has bit i when pattern words i-t..i match the last t+1 words of b read so far (k words of bits per t).
    const run = this.run.length >= OVERLAP_RUN * k ? this.run : (this.run = new Int32Array(OVERLAP_RUN * k));
    run.fill(0, 0, OVERLAP_RUN * k);
    for (let j = 0; j < b.length; j++) {
      const id = b[j];
      for (let t = OVERLAP_RUN - 1; t > 0; t--) {
        for (let w = 0; w < k; w++) run[t * k + w] = masks[id * k + w] & ((run[(t - 1) * k + w] << 1) | (w ? run[(t - 1) * k + w - 1] >>> 31 : 0));
      }
      for (let w = 0; w < k; w++) {
        run[w] = masks[id * k + w];
        if (run[(OVERLAP_RUN - 1) * k + w] !== 0) return true;
      }
    }
    return false;
  }

  /**
   * Whether b has OVERLAP_RUN words in a row that each match some word of the pattern (present up to
   * `maxPresent`: 1 exact words, 2 typos too): a common passage needs that, and the test is one cheap pass.
   */
  private presentRun(b: Int32Array, maxPresent: number): boolean {
    let inRow = 0;
    for (let j = 0; j < b.length; j++) {
      const p = this.present[b[j]];
      inRow = p !== 0 && p <= maxPresent ? inRow + 1 : 0;
      if (inRow >= OVERLAP_RUN) return true;
    }
    return false;
  }

  /**
   * Whether the pattern and b could pass verdictOf under the relation of `masks` (the counts are left in the fields).
   * The common passage of a long pattern is looked for only when the counts leave it deciding: most candidate
   * pairs are settled by the counts alone.
   */
  private couldPassUnder(b: Int32Array, masks: Int32Array, needed: number, maxPresent: number): boolean {
    this.lcs(b, masks);
    if (!couldPass(this.common, this.commonContent, needed, this.hasRun)) return false;
    if (this.k === 1 || couldPass(this.common, this.commonContent, needed, false)) return true;
    return this.passageK(b, masks, maxPresent);
  }

  /** False only when judgeIds(a, b) surely returns null; true means it must be run. */
  mayMatch(a: Int32Array, b: Int32Array): boolean {
    // alignIds aligns the shorter text against the longer (on equal lengths, a) and counts the shorter's content words.
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length < 3) return false;
    if (short !== this.pattern) this.setPattern(short);
    const { needed, fuzzyFrom } = thresholds(short.length);
    if (this.couldPassUnder(long, this.exact, needed, 1)) return true;
    // judgeIds tries typos only when the exact words came this close.
    if (this.common < fuzzyFrom) return false;
    return this.couldPassUnder(long, this.fuzzy, needed, 2);
  }
}
