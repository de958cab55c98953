// The quote-linking thread: the corpus built with it is the one buildCorpus builds in a single thread.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quotesCsv, renderCorpusAhead, writeOutputs, type CorpusAhead } from '../../scripts/lib/write-outputs.ts';
import { buildCorpusThreaded, linkQuotesInThread, startLinkThread } from '../../scripts/lib/link-thread.ts';
import { ROOT } from './run-cli.ts';
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

describe('startLinkThread', () => {
  it('starts a thread ahead that, given the work later, builds the same corpus', async () => {
    const thread = startLinkThread();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const corpus = await buildCorpusThreaded(analyses(), topics, (error) => {
      throw error;
    }, undefined, thread);
    expect(JSON.stringify(corpus)).toBe(JSON.stringify(buildCorpus(analyses(), topics)));
  });

  it('links in this thread, and says so, when the thread started ahead has stopped meanwhile', async () => {
    const thread = startLinkThread();
    await thread.worker.terminate();
    const failures: string[] = [];
    const corpus = await buildCorpusThreaded(analyses(), topics, (error) => failures.push(error.message), undefined, thread);
    expect(failures).toEqual([expect.stringContaining('stopped')]);
    expect(JSON.stringify(corpus)).toBe(JSON.stringify(buildCorpus(analyses(), topics)));
  });

  it('does not keep the process alive while it waits for work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'link-ahead-'));
    try {
      const script = join(dir, 'idle.ts');
      writeFileSync(script, `import { startLinkThread } from ${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/lib/link-thread.ts')).href)};\nstartLinkThread();\nconsole.log('started');\n`);
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script], { encoding: 'utf8', timeout: 30_000 });
      expect(run.stdout).toContain('started');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
