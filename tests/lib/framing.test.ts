import { describe, expect, it } from 'vitest';
import { firstSideIn, frameArticle, SIDE_RULES, sideLabel, sideOf, type SideRules } from '../../src/lib/framing.ts';

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
