import { describe, expect, it } from 'vitest';
import { GoldError, GoldFileSchema, placeAll, scoreCorpus, speakerMatches, words, worstArticles, type ScoredCorpus } from '../../scripts/lib/score.ts';

const SOURCE = [
  'Minister pledges talks',
  '',
  '“We are ready to talk at any time,” said Foreign Minister Ana Silva.',
  '',
  '“First, keep the lines open.',
  '',
  '“Second, meet often,” she added.',
  '',
  'The ministry said the plan was “a fresh start”. Officials called it “Plan B”.',
].join('\n');

const gold = GoldFileSchema.parse({
  articles: [{
    file: 'a.txt',
    title: 'Minister pledges talks',
    date: null,
    sourcePattern: 'herald',
    topics: [['diplomacy']],
    topicsNot: ['trade'],
    boilerplate: ['Share this article'],
    bodyMust: ['The ministry said the plan'],
    ignore: ['Plan B'],
    quotes: [
      { speaker: ['Ana Silva'], text: 'We are ready to talk at any time,' },
      { speaker: ['Ana Silva'], text: 'First, keep the lines open.' },
      { speaker: ['Ana Silva'], text: 'Second, meet often,' },
      { speakerPattern: '(foreign )?ministry', text: 'a fresh start' },
    ],
  }],
});

/** A corpus with the article right in every way; `change` edits it per test. */
function corpus(change: (c: ScoredCorpus) => void = () => {}): ScoredCorpus {
  const c: ScoredCorpus = {
    articles: [{ slug: 'a', file: 'a.txt', title: 'Minister pledges talks', date: null, source: { name: 'The Herald' }, topics: ['diplomacy'],
      paragraphs: ['“We are ready to talk at any time,” said Foreign Minister Ana Silva.', { text: 'The ministry said the plan was “a fresh start”.' }] }],
    speakers: [{ id: 'ana-silva', name: 'Ana Silva' }, { id: 'ministry', name: 'the Foreign Ministry' }, { id: 'silva', name: 'Silva' }],
    quotes: [
      { article: 'a', speaker: 'ana-silva', text: 'We are ready to talk at any time,', kind: 'direct' },
      // a multi-paragraph quotation merged into one: accepted either way
      { article: 'a', speaker: 'ana-silva', text: 'First, keep the lines open. Second, meet often,', kind: 'direct' },
      { article: 'a', speaker: 'ministry', text: 'a fresh start', kind: 'partial' },
    ],
  };
  change(c);
  return c;
}
const score = (c: ScoredCorpus) => scoreCorpus(gold, c, () => SOURCE);

describe('words', () => {
  it('folds case, apostrophes and quotation styles', () => {
    expect(words('“We won’t back down,” he said.')).toEqual(['we', 'wont', 'back', 'down', 'he', 'said']);
  });
});

describe('placeAll', () => {
  it('places a repeated text at its successive occurrences', () => {
    expect(placeAll(words('yes no yes no'), ['yes', 'yes', 'maybe'])).toEqual([{ start: 0, end: 1 }, { start: 2, end: 3 }, null]);
  });
});

describe('speakerMatches', () => {
  it.each([
    ['a listed name, ignoring case and dots', { text: 'x', speaker: ['Le Yucheng'] }, 'le yucheng.', true],
    ['a pattern, after a leading "the"', { text: 'x', speakerPattern: '^(us )?treasury' }, 'The Treasury Department', true],
    ['another person', { text: 'x', speaker: ['Le Yucheng'] }, 'Wang Yi', false],
    ['no speaker', { text: 'x', speaker: ['Le Yucheng'] }, null, false],
  ])('%s', (_name, q, name, expected) => expect(speakerMatches(q, name)).toBe(expected));
});

describe('scoreCorpus', () => {
  it('scores a right corpus 100% on every figure, split or merged quotations alike', () => {
    const { metrics, articles } = score(corpus());
    expect(articles[0].problems).toEqual([]);
    expect(metrics).toMatchObject({ quoteP: 1, quoteR: 1, quoteF1: 1, wordAttribF1: 1, title: 1, date: 1, source: 1, topics: 1, boilerplateRemoved: 1, bodyKept: 1, duplicateParagraphs: 0, splitPeople: [] });
  });

  it('counts a quote with the wrong speaker as neither found nor right', () => {
    const { metrics, articles } = score(corpus((c) => { c.quotes[0].speaker = 'ministry'; }));
    expect(metrics.quoteR).toBe(3 / 4);
    expect(metrics.quoteP).toBe(2 / 3);
    expect(articles[0].problems.join('\n')).toContain('missed: "We are ready to talk at any time," (Ana Silva) got the Foreign Ministry');
  });

  it('applies the 80% rule: a quote cut short by one word of eight still counts', () => {
    expect(score(corpus((c) => { c.quotes[0].text = 'We are ready to talk at any'; })).metrics.quoteR).toBe(1);
    expect(score(corpus((c) => { c.quotes[0].text = 'We are ready to talk'; })).metrics.quoteR).toBe(3 / 4);
  });

  it('ignores predictions inside ignored spans (scare quotes), and counts other extras against precision', () => {
    expect(score(corpus((c) => { c.quotes.push({ article: 'a', speaker: null, text: 'Plan B', kind: 'partial' }); })).metrics.quoteP).toBe(1);
    const extra = score(corpus((c) => { c.quotes.push({ article: 'a', speaker: null, text: 'Minister pledges talks', kind: 'direct' }); }));
    expect(extra.metrics.quoteP).toBe(3 / 4);
  });

  it('leaves indirect speech out of the count', () => {
    expect(score(corpus((c) => { c.quotes.push({ article: 'a', speaker: 'ministry', text: 'the plan was', kind: 'indirect' }); })).metrics.quoteP).toBe(1);
  });

  it('reports a quote that is not in the source text', () => {
    const { metrics, articles } = score(corpus((c) => { c.quotes.push({ article: 'a', speaker: null, text: 'words nobody wrote', kind: 'direct' }); }));
    expect(metrics.unplacedQuotes).toBe(1);
    expect(articles[0].problems).toContain('quote not found in source text: "words nobody wrote"');
  });

  it('finds a person split over two speaker ids', () => {
    expect(score(corpus((c) => { c.quotes[1].speaker = 'silva'; c.speakers[2].name = 'Ana Silva'; })).metrics.splitPeople).toEqual(['Ana Silva']);
  });

  it.each([
    ['a wrong title', (c: ScoredCorpus) => { c.articles[0].title = 'Something else'; }, 'title', 'title: "Something else"'],
    ['an invented date', (c: ScoredCorpus) => { c.articles[0].date = '2024-01-01'; }, 'date', 'date: 2024-01-01, expected null'],
    ['a missing source', (c: ScoredCorpus) => { c.articles[0].source = null; }, 'source', 'source: ""'],
    ['a missing topic', (c: ScoredCorpus) => { c.articles[0].topics = []; }, 'topics', 'topic missing: diplomacy'],
    ['boilerplate left in', (c: ScoredCorpus) => { c.articles[0].paragraphs.push('Share this article'); }, 'boilerplateRemoved', 'boilerplate kept: "Share this article"'],
    ['body text lost', (c: ScoredCorpus) => { c.articles[0].paragraphs.pop(); }, 'bodyKept', 'body lost: "The ministry said the plan"'],
  ])('marks %s', (_name, change, metric, problem) => {
    const { metrics, articles } = score(corpus(change));
    expect(metrics[metric as 'title']).toBe(0);
    expect(articles[0].problems).toContain(problem);
  });

  it('counts dates stated and invented apart', () => {
    const { metrics } = score(corpus((c) => { c.articles[0].date = '2024-01-01'; }));
    expect(metrics).toMatchObject({ datedArticles: 0, datesInvented: 1 });
  });

  it('counts a forbidden topic and a duplicate paragraph', () => {
    const { metrics } = score(corpus((c) => { c.articles[0].topics.push('trade'); c.articles[0].paragraphs.push('“We are ready to talk at any time,” said Foreign Minister Ana Silva.'); }));
    expect(metrics).toMatchObject({ topicsWrong: 1, duplicateParagraphs: 1 });
  });

  it('scores an article missing from the corpus as all missed', () => {
    const { metrics, articles } = score(corpus((c) => { c.articles = []; }));
    expect(metrics).toMatchObject({ articlesMissing: 1, quoteR: 0, bodyKept: 0, title: 0 });
    expect(articles[0].problems).toEqual(['article missing from corpus']);
  });

  it('refuses gold data whose quote is not in its article', () => {
    const bad = GoldFileSchema.parse({ articles: [{ file: 'a.txt', date: null, quotes: [{ speaker: ['X'], text: 'never written' }] }] });
    expect(() => scoreCorpus(bad, corpus(), () => SOURCE)).toThrow(GoldError);
  });
});

describe('worstArticles', () => {
  it('ranks by quote F1, then by the number of problems, and leaves out perfect articles', () => {
    const perfect = score(corpus()).articles[0];
    const wrongTitle = { ...score(corpus((c) => { c.articles[0].title = 'X'; })).articles[0], file: 'title.txt' };
    const wrongQuote = { ...score(corpus((c) => { c.quotes[0].speaker = null; })).articles[0], file: 'quote.txt' };
    expect(worstArticles([perfect, wrongTitle, wrongQuote], 5).map((r) => r.file)).toEqual(['quote.txt', 'title.txt']);
  });
});
