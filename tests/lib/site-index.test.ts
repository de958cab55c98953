import { describe, expect, it } from 'vitest';
import { alsoReported, groupByArticle, headerStandfirst, quoteContext, relatedTopics, roleKey, rolesWithSources, speakersInArticle, storiesBySize } from '../../src/lib/site-index.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { article, quote, smallIndex } from './site-fixtures.ts';

describe('buildSiteIndex', () => {
  const index = smallIndex();
  it('orders articles newest first with undated last', () => expect(index.articles.map((a) => a.slug)).toEqual(['new', 'old', 'undated']));
  it('orders speakers by quotes, then name', () => expect(index.speakers.map((s) => s.id)).toEqual(['ana-ruiz', 'bo-lin']));
  it('orders topics by articles, then label', () => expect(index.topics.map((t) => t.slug)).toEqual(['taiwan', 'trade', 'sanctions']));
  it('lists an article’s quotes in reading order', () => expect(index.quotesByArticle.get('new')!.map((q) => q.id)).toEqual(['new-q1', 'new-q2']));
  it('lists a speaker’s quotes, newest article first', () => expect(index.quotesBySpeaker.get('ana-ruiz')!.map((q) => q.id)).toEqual(['new-q1', 'old-q1', 'old-q2']));
  it('files articles and quotes under their topics', () => {
    expect(index.articlesByTopic.get('trade')!.map((a) => a.slug)).toEqual(['old', 'undated']);
    expect(index.quotesByTopic.get('taiwan')!.map((q) => q.id)).toEqual(['new-q1', 'old-q1']);
  });
  it('leaves unattributed quotes out of every speaker', () => expect([...index.quotesBySpeaker.values()].flat().some((q) => q.speaker === null)).toBe(false));
});

describe('groupByArticle', () => {
  it('groups quotes under their articles in order', () => {
    const index = smallIndex();
    expect(groupByArticle(index, index.quotesBySpeaker.get('ana-ruiz')!).map((g) => [g.article.slug, g.quotes.length])).toEqual([['new', 1], ['old', 2]]);
  });
});

describe('rolesWithSources', () => {
  it('merges a role given by several articles', () => {
    const index = smallIndex();
    expect(rolesWithSources(index, index.speaker.get('ana-ruiz')!).map((r) => [r.role, r.articles.map((a) => a.slug)])).toEqual([
      ['a spokeswoman', ['new', 'old']], ['the envoy', ['new']],
    ]);
  });
});

describe('speakersInArticle', () => {
  it('gives each speaker the roles and quote count of that article', () => {
    const index = smallIndex();
    expect(speakersInArticle(index, index.article.get('new')!).map((x) => [x.speaker.id, x.roles, x.count])).toEqual([
      ['ana-ruiz', ['a spokeswoman', 'the envoy'], 1], ['bo-lin', ['the trade minister'], 1],
    ]);
  });
});

describe('alsoReported', () => {
  it('links matched quotes in other articles and skips ids that do not exist', () => {
    const index = smallIndex();
    expect(alsoReported(index, index.article.get('new')!).map((x) => [x.quote.id, x.matches.map((m) => m.id)])).toEqual([['new-q1', ['old-q1']]]);
  });
});

describe('relatedTopics', () => {
  it('ranks topics by shared articles', () => {
    const index = smallIndex();
    expect(relatedTopics(index, 'taiwan').map((r) => [r.topic.slug, r.shared])).toEqual([['sanctions', 1], ['trade', 1]]);
    expect(relatedTopics(index, 'taiwan', 1)).toHaveLength(1);
  });
});

describe('quoteContext', () => {
  it('gives the paragraphs around the quote, null at the edges', () => {
    const index = smallIndex();
    const a = index.article.get('new')!;
    expect(quoteContext(a, index.quote.get('new-q1')!)).toEqual({ before: null, paragraph: 'First.', after: 'Second.' });
    expect(quoteContext(a, { ...index.quote.get('new-q1')!, paragraph: 2 })).toEqual({ before: 'Second.', paragraph: 'Third.', after: null });
  });
});

describe('headerStandfirst', () => {
  it('leaves out standfirst lines the body already shows', () => {
    const a = article({ slug: 'a', standfirst: ['Kept in body.', 'Only above.'], paragraphs: [{ id: 'p1', text: 'Kept in body.', line: 2, role: 'standfirst' }] });
    expect(headerStandfirst(a)).toEqual(['Only above.']);
  });
});

describe('alsoReported, one entry per other article', () => {
  it('lists an article once even when two of its quotes match', () => {
    const index = buildSiteIndex({
      articles: [article({ slug: 'a' }), article({ slug: 'b' })],
      speakers: [], topics: [], stories: [],
      quotes: [quote({ id: 'a-q1', article: 'a', matches: ['b-q1', 'b-q2'] }), quote({ id: 'b-q1', article: 'b' }), quote({ id: 'b-q2', article: 'b', paragraph: 1 })],
    });
    expect(alsoReported(index, index.article.get('a')!)[0].matches.map((m) => m.id)).toEqual(['b-q1']);
  });
});

describe('rolesIn', () => {
  it('gives the distinct roles one article gives a speaker, in the order reported', () => {
    const index = smallIndex();
    expect([index.rolesIn.get(roleKey('ana-ruiz', 'new')), index.rolesIn.get(roleKey('ana-ruiz', 'old')), index.rolesIn.get(roleKey('bo-lin', 'old'))])
      .toEqual([['a spokeswoman', 'the envoy'], ['a spokeswoman'], undefined]);
  });
});

describe('storiesBySize', () => {
  it('orders stories largest first, then by title', () => {
    const story = (id: string, title: string, articles: string[]) => ({ id, title, articles, speakers: [], topics: [], quotations: [], framing: [], firstDate: null, lastDate: null });
    const index = buildSiteIndex({ articles: [], speakers: [], quotes: [], topics: [], stories: [story('s1', 'Beta', ['a', 'b']), story('s2', 'Alpha', ['a', 'b']), story('s3', 'Gamma', ['a', 'b', 'c'])] as never });
    expect(storiesBySize(index).map((s) => s.id)).toEqual(['s3', 's2', 's1']);
  });
});
