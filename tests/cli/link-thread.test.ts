// The quote-linking thread: the corpus built with it is the one buildCorpus builds in a single thread.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quotesCsv, renderCorpusAhead, writeOutputs, type CorpusAhead } from '../../scripts/lib/write-outputs.ts';
import { buildCorpusThreaded, linkQuotesInThread } from '../../scripts/lib/link-thread.ts';
import { fromColumns, toColumns } from '../../scripts/lib/quote-columns.ts';
import { linkQuotes } from '../../scripts/pipeline/09-links.ts';
import { analyseArticle } from '../../scripts/pipeline/analyse-article.ts';
import { buildCorpus, quoteWords, slugArticles, startCorpus } from '../../scripts/pipeline/build-corpus.ts';
import { TopicListSchema } from '../../src/schemas/index.ts';
import topicsJson from '../../content/topics.json' with { type: 'json' };

const topics = TopicListSchema.parse(topicsJson);
/** Analyses of the hard cases and the seeds, plus a copy of each seed under another name so that quotations are shared across articles. */
function analyses() {
  const out = [];
  for (const dir of [join(import.meta.dirname, '../fixtures/articles'), join(import.meta.dirname, '../../content/articles')]) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const bytes = readFileSync(join(dir, f));
      out.push(analyseArticle(f, bytes, topics));
      if (dir.endsWith('content/articles')) out.push(analyseArticle(`copy-${f}`, bytes, topics));
    }
  }
  return out;
}

describe('linkQuotesInThread', () => {
  it('finds the links linkQuotes finds', async () => {
    const quotes = buildCorpus(analyses(), topics).quotes;
    const expected = linkQuotes(quotes);
    expect(expected.size).toBeGreaterThan(10);
    expect(await linkQuotesInThread(quotes)).toEqual(expected);
  });

  it('sends the quotes as columns that give back the linker’s fields', () => {
    const quotes = [{ id: 'a-q1', article: 'a', text: '“We will talk,” he said', kind: 'direct' as const, speaker: null }, { id: 'b-q1', article: 'b', text: 'we will talk', kind: 'partial' as const, speaker: 'li' }];
    expect(fromColumns(toColumns(quotes), quotes.map((q) => q.speaker))).toEqual(quotes);
  });
});

describe('quoteWords', () => {
  it('gives each quote’s id, article, words and kind as the draft will have them, before speakers are merged', () => {
    const all = analyses();
    const draft = startCorpus(all);
    expect(draft.quotes.length).toBeGreaterThan(50);
    expect(quoteWords(slugArticles(all))).toEqual(draft.quotes.map((q) => ({ id: q.id, article: q.article, text: q.text, kind: q.kind })));
  });
});

describe('buildCorpusThreaded', () => {
  it('builds the same corpus, byte for byte, as buildCorpus, and shows the quotes as they end up while linking', async () => {
    let early = '';
    const threaded = await buildCorpusThreaded(analyses(), topics, (error) => {
      throw error;
    }, (parts) => {
      early = quotesCsv(parts);
    });
    const single = buildCorpus(analyses(), topics);
    expect(early).toBe(quotesCsv(single));
    expect(single.quotes.some((q) => q.matches.length > 0)).toBe(true);
    expect(single.stories.length).toBeGreaterThan(0);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(single));
  });
});

describe('renderCorpusAhead', () => {
  it('renders corpus.json’s lists while the quotes are linked; completed with the links and stories, the file is the one written from the corpus', async () => {
    let ahead: CorpusAhead | undefined;
    const corpus = await buildCorpusThreaded(analyses(), topics, (error) => {
      throw error;
    }, (parts) => {
      ahead = renderCorpusAhead(parts);
    });
    // What waits on the links is in the file: quotes with matches and articles in stories.
    expect(corpus.quotes.some((q) => q.matches.length > 0) && corpus.articles.some((a) => a.story !== null)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'corpus-ahead-'));
    try {
      writeOutputs(join(dir, 'ahead'), corpus, { 'corpus.json': ahead });
      writeOutputs(join(dir, 'plain'), corpus);
      const text = readFileSync(join(dir, 'ahead', 'corpus.json'), 'utf8');
      expect(text).toBe(readFileSync(join(dir, 'plain', 'corpus.json'), 'utf8'));
      expect(text).toBe(`${JSON.stringify(corpus, null, 1)}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
