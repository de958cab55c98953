import { describe, expect, it } from 'vitest';
import { QUOTE_SHOWN } from '../../src/lib/search-display.ts';
import { articleRecord, leadParagraphs, quoteRecord, searchRecords, storyRecord } from '../../src/lib/search-records.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { article, quote, smallIndex, speaker, topic } from './site-fixtures.ts';

const para = (text: string, i: number) => ({ id: `p${i + 1}`, text, line: i + 1, role: 'body' as const });

describe('quoteRecord', () => {
  const index = smallIndex();
  it('holds the words and the speaker with the roles this article gives them, filtered by speaker, kind, outlet and topic', () => {
    const r = quoteRecord(index, { ...index.quote.get('new-q1')!, text: 'We will not pay a ransom.' })!;
    expect(r.url).toBe('/quotes/new-q1/');
    expect(r.content).toBe('not pay ransom. — Ana Ruiz, spokeswoman; envoy');
    expect(r.filters).toEqual({ shown: ['We will not pay a ransom.'], article: ['new'], kind: ['Direct quote'], speaker: ['Ana Ruiz'], source: ['source not stated'], topic: ['Taiwan'] });
  });
  it('carries nothing in meta: Pagefind would index it as words', () => expect(quoteRecord(index, index.quote.get('new-q1')!)!.meta).toEqual({}));
  it('shows a long quotation cut at a word, whole in its page', () => {
    const long = `${'Negotiations must continue '.repeat(30).trim()}.`;
    const [shown] = quoteRecord(index, { ...index.quote.get('new-q1')!, text: long })!.filters.shown!;
    expect(shown!.length).toBeLessThanOrEqual(QUOTE_SHOWN);
    expect(shown).toMatch(/^Negotiations must continue .*…$/);
  });
  it('files an unattributed quote under "Unattributed"', () => expect(quoteRecord(index, index.quote.get('undated-q1')!)!.filters.speaker).toEqual(['Unattributed']));
  it('gives no record to a quote whose article is missing', () => expect(quoteRecord(index, quote({ id: 'x-q1', article: 'gone' }))).toBeNull());
});

describe('articleRecord', () => {
  const long = Array.from({ length: 6 }, (_, i) => para(`Paragraph ${i + 1} ${'word '.repeat(30).trim()}.`, i));
  const index = buildSiteIndex({
    articles: [article({ slug: 'a', title: 'Port reopens', standfirst: ['Ships wait.'], paragraphs: long, topics: ['trade', 'nowhere'], source: { name: 'The Ledger', url: null } })],
    speakers: [], quotes: [], topics: [topic('trade', 'Trade')], stories: [],
  });
  const r = articleRecord(index, index.article.get('a')!);
  it('holds the headline, the standfirst and the lead, not the whole text', () => {
    expect(r.content.startsWith('Port reopens Ships wait.')).toBe(true);
    expect(r.content).toContain('Paragraph 3');
    expect(r.content).not.toContain('Paragraph 4');
  });
  it('is filtered as an article of its outlet and known topics only, and shows its opening', () => {
    const { shown, ...filters } = r.filters;
    expect(filters).toEqual({ kind: ['Article'], source: ['The Ledger'], topic: ['Trade'] });
    expect(shown![0]).toMatch(/^Ships wait\. Paragraph 1 word word .*…$/);
  });
  it('keeps a short article whole', () => expect(leadParagraphs(article({ slug: 'b', paragraphs: [para('One.', 0), para('Two.', 1)] }))).toEqual(['One.', 'Two.']));
});

describe('storyRecord', () => {
  const index = buildSiteIndex({
    articles: [article({ slug: 'a', title: 'Minister: ready to talk', story: 's1' }), article({ slug: 'b', title: 'Talks offer', story: 's1' })],
    speakers: [speaker({ id: 'le', name: 'Le Min' })],
    quotes: [quote({ id: 'a-q1', article: 'a', speaker: 'le', text: 'We are ready to talk' }), quote({ id: 'b-q1', article: 'b', speaker: 'le', text: 'We are ready to talk at any time' })],
    topics: [],
    stories: [{ id: 's1', title: 'Ready for talks', articles: ['a', 'b'], speakers: ['le'], topics: [], firstDate: null, lastDate: null,
      quotations: [{ quotes: ['a-q1', 'b-q1'], articles: ['a', 'b'], speaker: 'le' }],
      framing: [{ article: 'a', headline: 'Minister: ready to talk', opening: 'The minister said on Monday.', words: 10, quotedWords: {}, shares: {} }] }],
  });
  it('holds the title, each headline with its opening, and the fullest version of each shared quotation', () => {
    const r = storyRecord(index, index.story.get('s1')!);
    expect(r.content).toBe('Ready talks Minister: ready talk minister said Monday. Talks offer ready talk any time — Le Min');
    expect(r.filters).toEqual({ shown: ['The minister said on Monday.'], story: ['Ready for talks'] });
    expect(r.url).toBe('/stories/s1/');
  });
  it('puts the story filter on its articles and quotes too', () => {
    expect(articleRecord(index, index.article.get('a')!).filters.story).toEqual(['Ready for talks']);
    expect(quoteRecord(index, index.quote.get('b-q1')!)!.filters.story).toEqual(['Ready for talks']);
  });
});

describe('searchRecords', () => {
  it('gives one record per quote, article and story, in a fixed order', () => {
    const index = smallIndex();
    const urls = [...searchRecords(index)].map((r) => r.url);
    expect(urls).toHaveLength(index.quotes.length + index.articles.length + index.stories.length);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual([...searchRecords(smallIndex())].map((r) => r.url));
  });
  it('keeps text as text: markup in a quote stays in the record as written, for the page to show as text', () => {
    const index = smallIndex();
    const r = quoteRecord(index, { ...index.quote.get('old-q1')!, text: '<script>alert(1)</script> we said' })!;
    expect(r.filters.shown).toEqual(['<script>alert(1)</script> we said']);
  });
});

describe('filterValues', () => {
  it('lists every speaker, also those the search page leaves out of its own list', async () => {
    const { filterValues, searchOptions } = await import('../../src/lib/search-options.ts');
    const index = smallIndex();
    const listed = searchOptions(index, 1).find((f) => f.key === 'speaker')!.values;
    const all = filterValues(index).speaker!;
    expect(all.length).toBeGreaterThan(listed.length);
    expect(all).toEqual(expect.arrayContaining(listed));
  });
});
