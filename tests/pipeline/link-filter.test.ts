import { describe, expect, it } from 'vitest';
import { judgeIds } from '../../scripts/pipeline/09-links.ts';
import { MatchFilter } from '../../scripts/pipeline/link-filter.ts';
import { alignIds, matchTokens, Vocabulary } from '../../scripts/pipeline/quote-align.ts';

const QUOTES = [
  'We must stay focused without being swayed by any extreme forces, and prevent it from spiralling out of control.',
  'We must stay focused without being swayed by extreme forces, and prevent it from spiraling out of control.',
  'prevent it from spiralling out of control',
  'I myself stand ready for talks with my US counterpart at any time.',
  'ready for talks',
  'The next few months will be critical. We must stay focused without being swayed by any extreme forces',
  'We will continue to monitor the situation closely and we will act when the time is right for the people of this country.',
  'We will continue to support our farmers, who have suffered enough from the drought this summer.',
  'The government will continue to monitor the situation closely and will act when the time is right.',
  'Le Yucheng will meet the delegation on Tuesday to discuss the border and the trade agreement.',
  'Le Yuchen will meet the delegation on Tuesday to discuss the border and the trade agrement.',
  'There should be no radio silence between the two foreign ministries, and we will keep the lines open.',
  'We will keep the lines open, there should be no radio silence between the two foreign ministries.',
  'This is a long statement that runs on, and on, about the economy, the budget, the deficit, the tax on fuel, the cost of housing, the price of bread, the wages of nurses and teachers, and the pensions of the old, and it ends here with the word budget.',
  'about the economy, the budget, the deficit, the tax on fuel, the cost of housing, the price of bread, the wages of nurses and teachers',
  'the cost of housing and the price of bread are what voters talk about, not the deficit or the budget.',
];

/** Every ordered pair of the quotes and of word-dropped versions of them. */
function pairs(): Array<[string[], string[]]> {
  const texts = QUOTES.map(matchTokens);
  for (const t of [...texts]) for (const cut of [1, 3, 7]) if (t.length > cut + 3) texts.push(t.filter((_, i) => i % cut !== 1));
  return texts.flatMap((a) => texts.map((b) => [a, b] as [string[], string[]]));
}

describe('MatchFilter', () => {
  it('never rules out a pair that the full comparison links', () => {
    const vocab = new Vocabulary();
    const encoded = pairs().map(([a, b]) => [vocab.encode(a), vocab.encode(b)] as const);
    const filter = new MatchFilter(vocab);
    let linked = 0;
    let ruledOut = 0;
    for (const [a, b] of encoded) {
      const verdict = judgeIds(a, b, vocab);
      const may = filter.mayMatch(a, b);
      if (verdict) {
        linked++;
        expect(may).toBe(true);
      } else if (!may) ruledOut++;
    }
    // Both kinds occur, so the check is not vacuous.
    expect(linked).toBeGreaterThan(20);
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('rules out quotations that share only a stock phrase', () => {
    const vocab = new Vocabulary();
    const a = vocab.encode(matchTokens(QUOTES[6]));
    const b = vocab.encode(matchTokens(QUOTES[7]));
    expect(judgeIds(a, b, vocab)).toBeNull();
    expect(new MatchFilter(vocab).mayMatch(a, b)).toBe(false);
  });

  it('keeps a pair that differs by a typo and a spelling', () => {
    const vocab = new Vocabulary();
    const a = vocab.encode(matchTokens(QUOTES[9]));
    const b = vocab.encode(matchTokens(QUOTES[10]));
    expect(new MatchFilter(vocab).mayMatch(a, b)).toBe(true);
  });
});

describe('Vocabulary.neighbours', () => {
  it('lists the words one typo apart, as near() decides', () => {
    const vocab = new Vocabulary();
    const ids = vocab.encode(['yucheng', 'yuchen', 'control', 'contrl', 'talks', 'walks', 'derailed', 'derialed']);
    const nb = vocab.neighbours();
    for (const x of ids) for (const y of ids) if (x !== y) expect(nb[x].includes(y)).toBe(vocab.near(x, y));
    expect(nb[ids[0]]).toEqual([ids[1]]);
  });
});

describe('bit-parallel bounds', () => {
  it('agree with the alignment on long texts (over 32 words) too', () => {
    const vocab = new Vocabulary();
    const long = vocab.encode(matchTokens(QUOTES[13]));
    const part = vocab.encode(matchTokens(QUOTES[14]));
    expect(long.length).toBeGreaterThan(32);
    expect(part.length).toBeGreaterThan(8);
    expect(judgeIds(part, long, vocab)).not.toBeNull();
    expect(new MatchFilter(vocab).mayMatch(part, long)).toBe(true);
    expect(alignIds(part, long, vocab, false).common).toBe(part.length);
  });
});

describe('common passages of long texts', () => {
  // A pattern of 40 distinct content words (two words of bits) and filler words it does not contain.
  const words = Array.from({ length: 40 }, (_, i) => `statement${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `padding${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);

  it('keeps a long pair that shares only an unbroken passage of eight words', () => {
    const vocab = new Vocabulary();
    const a = vocab.encode(words);
    const b = vocab.encode([...filler(20), ...words.slice(5, 15), ...filler(20)]);
    expect(judgeIds(a, b, vocab)?.relation).toBe('overlap');
    expect(new MatchFilter(vocab).mayMatch(a, b)).toBe(true);
  });

  it('rules out a long pair whose common words never run eight in a row', () => {
    const vocab = new Vocabulary();
    const a = vocab.encode(words);
    // Twelve of the pattern's words in order, a filler word after every third: enough words, no passage.
    const b = vocab.encode([...filler(20), ...words.slice(0, 12).flatMap((w, i) => (i % 3 === 2 ? [w, `gap${i}word`] : [w])), ...filler(20)]);
    expect(alignIds(a, b, vocab, false).common).toBe(12);
    expect(judgeIds(a, b, vocab)).toBeNull();
    expect(new MatchFilter(vocab).mayMatch(a, b)).toBe(false);
  });

  it('gives the same answers when patterns of different lengths alternate as with a fresh filter each time', () => {
    const vocab = new Vocabulary();
    const texts = [words, words.slice(0, 20), [...words, ...words.slice(0, 30)], words.slice(10, 30)].map((t) => vocab.encode(t));
    const others = [...texts, vocab.encode([...filler(10), ...words.slice(3, 12)]), vocab.encode(words.slice(0, 25).filter((_, i) => i % 4 !== 1))];
    const reused = new MatchFilter(vocab);
    for (const a of texts) for (const b of others) expect(reused.mayMatch(a, b)).toBe(new MatchFilter(vocab).mayMatch(a, b));
  });
});
