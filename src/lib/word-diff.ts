// Word-level differences between two versions of a quotation, for the story page.
// Words are compared without case and punctuation (outlets restyle those), but shown as printed.

/** One run of words in a diff: in both versions, only in the second (`added`), or only in the first (`removed`). */
export interface DiffSegment {
  op: 'same' | 'added' | 'removed';
  /** The words as printed, joined by single spaces. */
  text: string;
}

/** The comparison key of a printed word: lower case, letters and digits only (apostrophes dropped). */
export function wordKey(word: string): string {
  const key = word.normalize('NFKC').toLowerCase().replace(/['’‘`]/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
  // A token of punctuation alone (a dash) still compares with itself.
  return key || word;
}

/** Splits a text into printed words (whitespace-separated, punctuation kept on the word). */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

// Above this many DP cells the middle is diffed coarsely: quotations are short, so this only guards odd inputs.
const MAX_CELLS = 4_000_000;

/** Longest common subsequence of two key arrays, as index pairs [i, j] in order. */
function lcsPairs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) return [];
  const w = m + 1;
  // table[i][j] = LCS length of a[i..] and b[j..], filled from the end.
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[i] === b[j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** Diffs two versions of a quotation word by word; `same` runs show the second version's words. */
export function diffWords(first: string, second: string): DiffSegment[] {
  const a = splitWords(first);
  const b = splitWords(second);
  const ka = a.map(wordKey);
  const kb = b.map(wordKey);
  // Trim the common prefix and suffix first: versions of a quote mostly agree, so the DP stays small.
  let pre = 0;
  while (pre < ka.length && pre < kb.length && ka[pre] === kb[pre]) pre++;
  let suf = 0;
  while (suf < ka.length - pre && suf < kb.length - pre && ka[ka.length - 1 - suf] === kb[kb.length - 1 - suf]) suf++;
  const mid = lcsPairs(ka.slice(pre, ka.length - suf), kb.slice(pre, kb.length - suf)).map(([i, j]) => [i + pre, j + pre] as [number, number]);
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < pre; k++) pairs.push([k, k]);
  pairs.push(...mid);
  for (let k = suf; k > 0; k--) pairs.push([a.length - k, b.length - k]);

  const segments: DiffSegment[] = [];
  const push = (op: DiffSegment['op'], word: string) => {
    const last = segments[segments.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else segments.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    // Removed words before added ones, the order readers expect from a correction.
    while (i < pi) push('removed', a[i++]);
    while (j < pj) push('added', b[j++]);
    if (pi < a.length && pj < b.length) {
      push('same', b[pj]);
      i = pi + 1;
      j = pj + 1;
    }
  }
  return segments;
}

/** Share of the words of the shorter version found, in order, in the other (0..1). */
export function wordOverlap(first: string, second: string): number {
  const segments = diffWords(first, second);
  const count = (op: DiffSegment['op']) => segments.filter((s) => s.op === op).reduce((n, s) => n + splitWords(s.text).length, 0);
  const same = count('same');
  const shorter = Math.min(same + count('removed'), same + count('added'));
  return shorter === 0 ? 0 : same / shorter;
}
