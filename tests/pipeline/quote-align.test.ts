import { describe, expect, it } from 'vitest';
import { textWords } from '../../scripts/pipeline/quote-align.ts';

// The patterns textWords stands for: apostrophes dropped, then split on runs of what is not a letter or digit.
const byPatterns = (text: string) => text.replace(/['’‘`]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

describe('textWords', () => {
  it.each([
    '',
    '“We don’t,” he said — it’s ‘final’.',
    "rock'n'roll 1990's `quoted` l'État ''",
    '𝒜bc 𝟙2 naïve cafe\u0301 中国 \ud800x\udc00y',
    "' ’abc’ de'f '",
  ])('gives the words of %j as the patterns do', (text) => {
    expect(textWords(text)).toEqual(byPatterns(text));
  });

  it('agrees with the patterns on random mixes of letters, digits, apostrophes, marks, astral letters and lone surrogates', () => {
    const pieces = ['a', 'Z', 'é', '7', "'", '’', '‘', '`', ' ', '-', '\u0301', '中', '𝒜', '𝟙', '\ud800', '\udc00', '.', '\n'];
    let seed = 987;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 1 + (k % 30) }, () => pieces[next()]).join('');
      expect(textWords(text), JSON.stringify(text)).toEqual(byPatterns(text));
    }
  });
});
