import { describe, expect, it } from 'vitest';
import { findQuoteLinks, judgeMatch, LINK_LIMITS, linkQuotes, type LinkableQuote } from '../../scripts/pipeline/09-links.ts';
import { alignTokens, foldWord, matchTokens, nearWord } from '../../scripts/pipeline/quote-align.ts';

let n = 0;
const q = (article: string, text: string, extra: Partial<LinkableQuote> = {}): LinkableQuote => ({ id: `${article}-q${++n}`, article, text, kind: 'direct', speaker: null, ...extra });

describe('foldWord', () => {
  it.each([
    ['spiralling', 'spiraling'],
    ['Organised', 'organized'],
    ['colour', 'color'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['analyse', 'analyze'],
    ['won’t', 'wont'],
    ['Zürich', 'zurich'],
  ])('folds %s and %s alike', (a, b) => expect(foldWord(a)).toBe(foldWord(b)));

  it.each([['four', 'for'], ['rise', 'rice']])('keeps %s and %s apart', (a, b) => expect(foldWord(a)).not.toBe(foldWord(b)));
});

describe('matchTokens', () => {
  it('drops punctuation and marks and keeps words in order', () => {
    expect(matchTokens('“First, keep the lines open.” – he said')).toEqual(['first', 'keep', 'the', 'lines', 'open', 'he', 'said']);
  });
});

describe('nearWord', () => {
  it.each([
    ['yucheng', 'yuchen', true],
    ['derailed', 'derialed', false],
    ['control', 'contrl', true],
    ['talks', 'walks', false],
    ['us', 'up', false],
  ])('%s ~ %s is %s', (a, b, expected) => expect(nearWord(a, b)).toBe(expected));
});

describe('alignTokens', () => {
  it('measures a fragment lying unbroken inside a longer quote', () => {
    const al = alignTokens(matchTokens('ready for talks'), matchTokens('I myself stand ready for talks with my US counterpart'));
    expect(al).toMatchObject({ common: 3, coverage: 1, density: 1, longestRun: 3 });
  });
  it('counts scattered words as sparse', () => {
    const al = alignTokens(matchTokens('stand talks counterpart'), matchTokens('I myself stand ready for talks with my US counterpart'));
    expect(al.density).toBeLessThan(0.75);
  });
});

describe('judgeMatch', () => {
  const t = matchTokens;
  it.each([
    ['a word dropped', 'prevent it from spiralling out of control or getting derailed', 'prevent from spiralling out of control or getting derailed', 'same'],
    ['a spelling changed', 'prevent it from spiralling out of control', 'prevent it from spiraling out of control', 'same'],
    ['a clause cut', 'We must stay focused without being swayed by any extreme forces, keep to the right direction of the bilateral relationship', 'We must stay focused without being swayed by any extreme forces', 'part'],
    ['a partial quote inside a direct one', 'ready for talks', 'I myself stand ready for talks with my US counterpart at any time.', 'part'],
    ['a typo', 'Le Yucheng will meet the delegation', 'Le Yuchen will meet the delegation', 'same'],
    ['cut at different places', 'The next few months will be critical. We must stay focused without being swayed by any extreme forces', 'We must stay focused without being swayed by any extreme forces, keep to the right direction of the bilateral relationship', 'overlap'],
  ])('matches %s', (_, a, b, relation) => {
    expect(judgeMatch(t(a), t(b))?.relation).toBe(relation);
  });

  it.each([
    ['a fragment of glue words', 'at any time', 'I myself stand ready for talks with my US counterpart at any time.'],
    ['two words', 'radio silence', 'there should be no radio silence between the two foreign ministries'],
    ['different quotes on one subject', 'We will never accept any interference in Taiwan', 'Taiwan is a red line that must never be crossed'],
    ['a fragment whose words are scattered', 'stand for counterpart', 'I myself stand ready for talks with my US counterpart at any time.'],
  ])('rejects %s', (_, a, b) => {
    expect(judgeMatch(t(a), t(b))).toBeNull();
  });
});

describe('findQuoteLinks', () => {
  it('links versions of one quotation across articles, both ways', () => {
    const a = q('a', 'We must stay focused without being swayed by any extreme forces, and prevent it from spiralling out of control.');
    const b = q('b', 'We must stay focused without being swayed by extreme forces, and prevent it from spiraling out of control.');
    const c = q('c', 'prevent it from spiralling out of control', { kind: 'partial' });
    const links = findQuoteLinks([a, b, c]);
    expect(links.get(a.id)?.map((l) => l.quote).sort()).toEqual([b.id, c.id].sort());
    expect(links.get(c.id)?.map((l) => l.relation)).toEqual(['part', 'part']);
    expect(links.get(a.id)?.[0]).toMatchObject({ quote: b.id, relation: 'same' });
  });

  it('never links quotes of the same article', () => {
    const a = q('a', 'There is simply no room for us to back down on this.');
    const b = q('a', 'There is simply no room for us to back down on this.');
    expect(findQuoteLinks([a, b]).size).toBe(0);
  });

  it('links identical wording in many articles', () => {
    const quotes = ['a', 'b', 'c'].map((art) => q(art, 'Dialogue should not be put on hold.'));
    const links = linkQuotes(quotes);
    expect(links.get(quotes[0].id)).toEqual([quotes[1].id, quotes[2].id]);
  });

  it('ignores indirect speech and fragments under three words', () => {
    const quotes = [
      q('a', 'the differences should be handled with a rational attitude', { kind: 'indirect' }),
      q('b', 'the differences should be handled with a rational attitude', { kind: 'indirect' }),
      q('c', 'radio silence', { kind: 'partial' }),
      q('d', 'there should be no radio silence between the ministries'),
    ];
    expect(findQuoteLinks(quotes).size).toBe(0);
  });

  it('does not link a short phrase said by two different known speakers', () => {
    const a = q('a', 'a serious violation of international law', { speaker: 'wang-yi' });
    const b = q('b', 'a serious violation of international law', { speaker: 'antony-blinken' });
    const c = q('c', 'a serious violation of international law', { speaker: null });
    const links = linkQuotes([a, b, c]);
    expect(links.get(a.id)).toEqual([c.id]);
    expect(links.get(b.id)).toEqual([c.id]);
  });

  it('keeps at most the per-quote limit of links', () => {
    const quotes = Array.from({ length: LINK_LIMITS.maxMatches + 5 }, (_, i) => q(`art${i}`, 'Our door remains open for dialogue without any preconditions.'));
    for (const list of findQuoteLinks(quotes).values()) expect(list.length).toBe(LINK_LIMITS.maxMatches);
  });

  it('finds no candidates through a stock phrase shared by very many quotations', () => {
    // Each quote shares only "we call for" with the others: too common a shingle to look at.
    const quotes = Array.from({ length: LINK_LIMITS.maxPostings + 2 }, (_, i) => q(`s${i}`, `we call for calm word${i}a word${i}b word${i}c`));
    expect(findQuoteLinks(quotes).size).toBe(0);
  });

  it('is deterministic', () => {
    const quotes = [q('a', 'We hope that the American side will have an objective and rational position'), q('b', 'We hope the American side will have an objective and rational position toward China'), q('c', 'objective and rational position')];
    expect(JSON.stringify([...findQuoteLinks(quotes)])).toBe(JSON.stringify([...findQuoteLinks([...quotes])]));
  });
});
