import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../scripts/pipeline/build-corpus.ts';
import type { ArticleAnalysis } from '../../scripts/pipeline/types.ts';

/** n synthetic analyses: each quotes 4 of 520 speakers 8 times, so speakers recur across articles. Mostly indirect speech, which the quote linker skips, so the timing is of build-corpus's own steps. */
function analyses(n: number): ArticleAnalysis[] {
  return Array.from({ length: n }, (_, i) => {
    const names = Array.from({ length: 4 }, (_, k) => `Person ${String.fromCharCode(65 + ((i * 7 + k * 13) % 26))} ${(i + k * 31) % 20}`);
    return {
      file: `${String(i).padStart(5, '0')}.txt`,
      frontMatter: {},
      cleaned: { title: `Story number ${i}`, titleLine: 1, standfirst: [], dateline: null, byline: null, paragraphs: [{ id: 'p1', text: 'Body text of the story.', line: 3, role: 'body' as const }], removed: [], findings: [] },
      meta: { date: null, dateText: null, source: null, byline: null, findings: [] },
      mentions: names.map((name) => ({ name, kind: 'person' as const, spellings: [name], roles: [] })),
      quotes: Array.from({ length: 8 }, (_, q) => ({ paragraph: 0, start: 0, end: 4, text: `w${i}a${q} w${i}b${q} w${i}c${q} w${i}d${q}`, kind: q === 0 ? ('direct' as const) : ('indirect' as const), line: 3, mention: q % 4, cue: 'said', attribution: 'explicit' as const })),
      topics: ['trade'],
      quoteTopics: Array.from({ length: 8 }, () => ['trade']),
      findings: [],
      unreadable: false,
    } as ArticleAnalysis;
  });
}

const topics = [{ slug: 'trade', label: 'Trade', description: 'Trade.', signals: ['tariff'] }];

describe('buildCorpus at scale', () => {
  it('gives each article its speakers and each speaker their quotes and articles', () => {
    const corpus = buildCorpus(analyses(50), topics as never);
    for (const s of corpus.speakers) {
      const own = corpus.quotes.filter((q) => q.speaker === s.id);
      expect(s.quoteCount).toBe(own.filter((q) => q.kind !== 'indirect').length);
      expect(s.indirectCount).toBe(own.filter((q) => q.kind === 'indirect').length);
      expect(s.articles).toEqual([...new Set(own.map((q) => q.article))]);
    }
    for (const a of corpus.articles) expect(new Set(a.speakers)).toEqual(new Set(corpus.quotes.filter((q) => q.article === a.slug && q.speaker).map((q) => q.speaker)));
  });

});
