import { describe, expect, it } from 'vitest';
import type { Article, Quote, Speaker, Story } from '../../src/schemas/index.ts';
import { percent, sideShares, storyView } from '../../src/lib/story-view.ts';

const article = (slug: string, speakers: string[] = []): Article => ({
  slug, file: `${slug}.txt`, title: `Headline ${slug}`, titleFrom: 'text', date: null, dateText: null, source: null, byline: null, dateline: null,
  standfirst: [], paragraphs: [{ id: 'p1', text: 'Opening.', line: 1, role: 'body' }], removed: [], topics: [], speakers, editorial: [], wordCount: 1, story: 's',
});
const quote = (id: string, art: string, text: string, kind: Quote['kind'] = 'direct'): Quote => ({
  id, article: art, speaker: 'le', text, kind, paragraph: 0, start: 0, end: text.length, line: 1, cue: null, attribution: 'explicit', topics: [], matches: [],
});
const le: Speaker = { id: 'le', name: 'Le Yucheng', kind: 'person', roles: [], spellings: [], quoteCount: 3, indirectCount: 0, articles: ['a', 'b'], topics: [] };

describe('storyView', () => {
  const quotes = [
    quote('a1', 'a', 'The next few months will be critical. We must stay focused.'),
    quote('b1', 'b', 'We must stay focused,'),
    quote('a2', 'a', 'Only in a.'),
    quote('a3', 'a', 'he said it quietly', 'indirect'),
    quote('c1', 'c', 'Something else entirely.'),
  ];
  const story: Story = {
    id: 's', title: 'T', articles: ['a', 'b', 'c'], speakers: ['le'], topics: [], firstDate: null, lastDate: null,
    quotations: [{ quotes: ['a1', 'b1'], articles: ['a', 'b'], speaker: 'le' }],
    framing: [{ article: 'a', headline: 'Headline a', opening: 'Opening.', words: 100, quotedWords: { china: 44, us: 0, other: 0 }, shares: { china: 0.44, us: 0, other: 0 } }],
  };
  const view = storyView(story, {
    article: new Map(['a', 'b', 'c'].map((s) => [s, article(s, ['le'])])),
    quote: new Map(quotes.map((q) => [q.id, q])),
    speaker: new Map([['le', le]]),
    quotesByArticle: new Map(['a', 'b', 'c'].map((s) => [s, quotes.filter((q) => q.article === s)])),
  });

  it('shows which article carried each shared quotation and which left it out', () => {
    expect(view.columns.map((c) => c.carried[0].map((q) => q.id))).toEqual([['a1'], ['b1'], []]);
    expect(view.rows[0].leftOut).toEqual(['c']);
  });
  it('lists the quotations only one article carried, without reported speech', () => {
    expect(view.columns[0].own.map((q) => q.id)).toEqual(['a2']);
    expect(view.columns[2].own.map((q) => q.id)).toEqual(['c1']);
  });
  it('diffs each version against the fullest one', () => {
    const row = view.rows[0];
    expect(row.fullest.id).toBe('a1');
    expect(row.versions[0].diff).toEqual([]);
    expect(row.versions[1].diff).toEqual([
      { op: 'removed', text: 'The next few months will be critical.' },
      { op: 'same', text: 'We must stay focused,' },
    ]);
    expect(row.speaker?.name).toBe('Le Yucheng');
  });
  it('gives each column its framing and speakers', () => {
    expect(view.columns[0].framing?.shares.china).toBe(0.44);
    expect(view.columns[1].framing).toBeNull();
    expect(view.columns[0].speakers.map((s) => s.id)).toEqual(['le']);
  });
});

describe('sideShares', () => {
  it('lists every side with its label, other last, zero without framing', () => {
    expect(sideShares(null).map((s) => [s.side, s.share])).toEqual([['china', 0], ['us', 0], ['other', 0]]);
    expect(sideShares(null)[0].label).toBe('Chinese officials');
  });
});

describe('percent', () => {
  it.each([[0.441, '44%'], [0, '0%'], [0.003, '<1%'], [1, '100%']])('shows %s as %s', (share, text) => expect(percent(share)).toBe(text));
});
