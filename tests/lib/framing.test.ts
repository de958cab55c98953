import { describe, expect, it } from 'vitest';
import { countWords, firstSideIn, frameArticle, SIDE_RULES, sideLabel, sideOf, type SideRules } from '../../src/lib/framing.ts';

const speaker = (name: string, ...roles: string[]) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, roles: roles.map((role) => ({ role })) });

describe('firstSideIn', () => {
  it.each([
    ['China’s Vice Foreign Minister', 'china'],
    ['US Secretary of State', 'us'],
    ['the Chinese ambassador to the United States', 'china'],
    ['a former US ambassador to China', 'us'],
    ['a State Department spokesperson', 'us'],
    ['Taiwan’s foreign minister', null],
    ['told us on Monday', null],
  ])('finds the first side term in %s', (text, side) => expect(firstSideIn(text)).toBe(side));
});

describe('sideOf', () => {
  it.each([
    [speaker('Le Yucheng', 'China’s vice-foreign minister', 'China’s foreign vice-minister'), 'china'],
    [speaker('Antony Blinken', 'US Secretary of State'), 'us'],
    [speaker('Chinese delegation'), 'china'],
    [speaker('Washington'), 'us'],
    [speaker('US Treasury Department'), 'us'],
    [speaker('Tsai Ing-wen', 'Taiwan’s president'), 'other'],
    [speaker('Jane Doe', 'a professor at Georgetown University'), 'other'],
  ])('gives %o the side %s', (s, side) => expect(sideOf(s)).toBe(side));

  it('lets the name outweigh a single role', () => {
    expect(sideOf(speaker('Chinese embassy', 'spokesman in Washington'))).toBe('china');
  });
  it('gives other on a tie and for an unknown speaker', () => {
    expect(sideOf(speaker('Alex Kim', 'a US adviser', 'an adviser to Beijing'))).toBe('other');
    expect(sideOf(null)).toBe('other');
  });
  it('reads its terms from the rules passed in', () => {
    const rules: SideRules = { sides: [{ id: 'eu', label: 'EU officials', terms: ['Brussels', 'European Commission'] }], other: { id: 'other', label: 'Others' } };
    expect(sideOf(speaker('a spokesperson', 'European Commission spokesperson'), rules)).toBe('eu');
    expect(sideLabel('eu', rules)).toBe('EU officials');
  });
});

describe('frameArticle', () => {
  const article = {
    slug: 'a',
    title: 'Beijing ready to talk',
    standfirst: ['A short summary line.'],
    paragraphs: [
      { text: 'Subheading', role: 'subheading' },
      { text: 'China said on Monday it was ready for talks with Washington at any time.', role: 'body' },
      { text: '“We are ready for talks,” said the minister. “We will not back down,” said the secretary.', role: 'body' },
    ],
  };
  const sides: Record<string, string> = { minister: 'china', secretary: 'us' };
  const quotes = [
    { article: 'a', speaker: 'minister', text: 'We are ready for talks,', kind: 'direct' },
    { article: 'a', speaker: 'secretary', text: 'We will not back down,', kind: 'direct' },
    { article: 'a', speaker: null, text: 'ready for talks', kind: 'partial' },
    { article: 'a', speaker: 'minister', text: 'China was ready', kind: 'indirect' },
    { article: 'b', speaker: 'minister', text: 'Other article words here', kind: 'direct' },
  ];
  const framing = frameArticle(article, quotes, (id) => (id ? sides[id] : 'other'));

  it('takes the headline and the first body paragraph', () => {
    expect(framing.headline).toBe('Beijing ready to talk');
    expect(framing.opening).toMatch(/^China said on Monday/);
  });
  it('counts quoted words per side, leaving out indirect speech and other articles', () => {
    expect(framing.quotedWords).toEqual({ china: 5, us: 5, other: 3 });
  });
  it('gives shares of the whole text', () => {
    expect(framing.words).toBe(4 + 1 + 14 + 16);
    expect(framing.shares.china).toBe(Math.round((1000 * 5) / 35) / 1000);
  });
  it('has every side in its shares even when nobody of that side is quoted', () => {
    expect(Object.keys(frameArticle(article, [], () => 'other').shares).sort()).toEqual([...SIDE_RULES.sides.map((s) => s.id), 'other'].sort());
  });
});

describe('countWords', () => {
  // The pattern the count stands for (it made a string of every word only to count them).
  const byPattern = (t: string) => (t.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;

  it.each([
    ['', 0],
    ['He said: “We don’t.”', 4],
    ["rock'n'roll 1990's 4'5 l'État", 5],
    ["word' 'word ’ x’’y", 4],
    ['𝒜bc 𝟙2 naïve cafe\u0301 中国 \ud800x', 6],
  ])('counts %j as the pattern does', (text, n) => {
    expect(byPattern(text)).toBe(n);
    expect(countWords(text)).toBe(n);
  });

  it('agrees with the pattern on random mixes of letters, digits, apostrophes, marks, astral letters and lone surrogates', () => {
    const pieces = ['a', 'Z', 'é', '7', "'", '’', ' ', '-', '\u0301', '中', '𝒜', '𝟙', '\ud800', '\udc00', '.', '‘'];
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length;
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: 1 + (k % 25) }, () => pieces[next()]).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});
