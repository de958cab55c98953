// Quote linking, the longest cross-article step, in a worker thread: meanwhile the main thread describes the
// articles and speakers and does the stories' work that needs no links (wording, framing). Without this the analysis pool's
// other core would sit idle through the cross-article steps. The corpus is the same as buildCorpus's.
import { Worker } from 'node:worker_threads';
import type { Corpus, Topic } from '../../src/schemas/index.ts';
import { linkQuotes, type LinkableQuote } from '../pipeline/09-links.ts';
import { describeCorpus, finishCorpus, quoteWords, slugArticles, startCorpus } from '../pipeline/build-corpus.ts';
import { storyEvidence, storyFramings, storyWording } from '../pipeline/10-stories.ts';
import type { ArticleAnalysis } from '../pipeline/types.ts';
import { workerExecArgv } from './analyse-pool.ts';
import { toColumns } from './quote-columns.ts';

/** A quote-linking thread at work: it has the quotes' words; `speakers` sends it their speakers, `links` resolves with linkQuotes of the quotes. */
export interface Linking {
  speakers(speakers: Array<string | null>): void;
  links: Promise<Map<string, string[]>>;
}

/** A quote-linking thread started ahead of its work (startLinkThread), and how it failed, if it did meanwhile. */
export interface LinkThread {
  worker: Worker;
  failure: Error | null;
}

/**
 * Starts a quote-linking thread that waits for the quotes' words (startLinking): started before the analysis, it
 * loads the pipeline while the articles are analysed rather than after. Until given work it does not keep the
 * process alive, so a run that stops early (bad input) ends as it would without it.
 */
export function startLinkThread(): LinkThread {
  const thread: LinkThread = { worker: new Worker(new URL('./link-worker.ts', import.meta.url), { execArgv: workerExecArgv() }), failure: null };
  thread.worker.unref();
  // Kept for startLinking (an 'error' with no listener would throw here).
  thread.worker.on('error', (error) => (thread.failure ??= error));
  thread.worker.on('exit', (code) => (thread.failure ??= new Error(`the quote-linking thread stopped (exit code ${code})`)));
  return thread;
}

/**
 * Starts linkQuotes from the quotes' words alone (the matching, nearly all the work, needs no speakers) in `thread`,
 * a thread started ahead, or else a new one; `links` rejects when the thread cannot start or fails.
 */
export function startLinking(quotes: Array<Omit<LinkableQuote, 'speaker'>>, thread: LinkThread = startLinkThread()): Linking {
  const worker = thread.worker;
  const links = new Promise<Map<string, string[]>>((resolve, reject) => {
    let settled = false;
    if (thread.failure) return reject(thread.failure);
    worker.ref();
    worker.postMessage(toColumns(quotes));
    worker.once('message', (found: Map<string, string[]>) => {
      settled = true;
      resolve(found);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new Error(`the quote-linking thread stopped (exit code ${code})`));
    });
  });
  // Awaited later, after this thread's share; until then a failure must not count as unhandled.
  links.catch(() => undefined);
  return { speakers: (speakers) => worker.postMessage(speakers), links };
}

/** linkQuotes(quotes) in a new worker thread; rejects when the thread cannot start or fails. */
export function linkQuotesInThread(quotes: LinkableQuote[]): Promise<Map<string, string[]>> {
  const linking = startLinking(quotes);
  linking.speakers(quotes.map((q) => q.speaker));
  return linking.links;
}

/**
 * buildCorpus with the quotations linked in a worker thread while this thread does the rest. When the thread
 * fails, `onThreadFailure` is told and the quotations are linked here: the corpus is the same either way.
 * `meanwhile` is called while the thread links, with the corpus's articles, speakers and quotes as they will be
 * but for the quotes' matches and the articles' stories. `thread`: a linking thread started ahead (startLinkThread).
 */
export async function buildCorpusThreaded(analyses: ArticleAnalysis[], topics: Topic[], onThreadFailure?: (error: Error) => void, meanwhile?: (early: Pick<Corpus, 'articles' | 'speakers' | 'quotes'>) => void, thread?: LinkThread): Promise<Corpus> {
  // The thread starts on the quotes' words while this one merges the speakers, which it is sent next.
  const slugged = slugArticles(analyses);
  const linking = startLinking(quoteWords(slugged), thread);
  const draft = startCorpus(analyses, slugged);
  linking.speakers(draft.quotes.map((q) => q.speaker));
  const parts = describeCorpus(draft);
  // The stories' work that needs no links, while the thread links: wording, the framing of every article (most of
  // them will not be in a story, but this thread would otherwise only wait) and the evidence other than quotations.
  const wording = storyWording(parts.articles);
  const prepared = { wording, framings: storyFramings(parts.articles, draft.quotes, parts.speakers), evidence: storyEvidence(parts.articles, draft.quotes, parts.speakers, wording) };
  // And the caller's own work on what is final already (the quotes' links and the articles' stories are not).
  meanwhile?.({ articles: parts.articles, speakers: parts.speakers, quotes: draft.quotes });
  let links: Map<string, string[]>;
  try {
    links = await linking.links;
  } catch (error) {
    onThreadFailure?.(error instanceof Error ? error : new Error(String(error)));
    links = linkQuotes(draft.quotes);
  }
  return finishCorpus(draft, parts, links, topics, prepared);
}
