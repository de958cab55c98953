// Small hand-written corpus pieces for the site helpers' tests (invented text, not news copy).
import type { Article, CorpusTopic, Quote, Speaker } from '../../src/schemas/index.ts';
import { buildSiteIndex, type SiteIndex } from '../../src/lib/site-index.ts';

/** An article with defaults; override what a test needs. */
export function article(over: Partial<Article> & { slug: string }): Article {
  return {
    file: `${over.slug}.txt`, title: over.slug, titleFrom: 'text', date: null, dateText: null, source: null, byline: null, dateline: null,
    standfirst: [], paragraphs: [], removed: [], topics: [], speakers: [], editorial: [], wordCount: 0, story: null, ...over,
  };
}

/** A quote with defaults. */
export function quote(over: Partial<Quote> & { id: string; article: string }): Quote {
  return { speaker: null, text: 'words', kind: 'direct', paragraph: 0, start: 0, end: 5, line: 1, cue: null, attribution: 'none', topics: [], matches: [], ...over };
}

/** A speaker with defaults. */
export function speaker(over: Partial<Speaker> & { id: string }): Speaker {
  return { name: over.id, kind: 'person', roles: [], spellings: [], quoteCount: 0, indirectCount: 0, articles: [], topics: [], ...over };
}

/** A topic with defaults. */
export function topic(slug: string, label: string, articleCount = 0): CorpusTopic {
  return { slug, label, description: `${label}.`, signals: [label], exclude: [], articleCount, quoteCount: 0 };
}

/** A three-article corpus: two dated, one undated; two speakers; topics that co-occur. */
export function smallIndex(): SiteIndex {
  return buildSiteIndex({
    articles: [
      article({ slug: 'old', date: '2020-07-09', topics: ['taiwan', 'trade'], speakers: ['ana-ruiz'] }),
      article({ slug: 'undated', date: null, topics: ['trade'] }),
      article({ slug: 'new', date: '2024-06-20', topics: ['taiwan', 'sanctions'], speakers: ['ana-ruiz', 'bo-lin'],
        paragraphs: [{ id: 'p1', text: 'First.', line: 3, role: 'body' }, { id: 'p2', text: 'Second.', line: 5, role: 'body' }, { id: 'p3', text: 'Third.', line: 7, role: 'body' }] }),
    ],
    speakers: [
      speaker({ id: 'bo-lin', name: 'Bo Lin', quoteCount: 1, roles: [{ role: 'the trade minister', article: 'new' }] }),
      speaker({ id: 'ana-ruiz', name: 'Ana Ruiz', quoteCount: 3, roles: [{ role: 'a spokeswoman', article: 'old' }, { role: 'a spokeswoman', article: 'new' }, { role: 'the envoy', article: 'new' }] }),
    ],
    quotes: [
      quote({ id: 'new-q2', article: 'new', speaker: 'bo-lin', paragraph: 1, topics: ['sanctions'] }),
      quote({ id: 'new-q1', article: 'new', speaker: 'ana-ruiz', paragraph: 0, topics: ['taiwan'], matches: ['old-q1', 'missing-q9'] }),
      quote({ id: 'old-q1', article: 'old', speaker: 'ana-ruiz', topics: ['taiwan'], matches: ['new-q1'] }),
      quote({ id: 'old-q2', article: 'old', speaker: 'ana-ruiz', paragraph: 2 }),
      quote({ id: 'undated-q1', article: 'undated', speaker: null }),
    ],
    topics: [topic('trade', 'Trade', 2), topic('taiwan', 'Taiwan', 2), topic('sanctions', 'Sanctions', 1)],
    stories: [],
  });
}
