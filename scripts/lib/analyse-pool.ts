// Per-article analysis spread over the main thread and worker threads (one per other core). Files go out in small batches and the
// analyses are put back in input order, so the corpus is the same as when one thread analyses everything.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Topic } from '../../src/schemas/index.ts';
import type { ArticleAnalysis } from '../pipeline/types.ts';
import { analyseFiles } from './run-pipeline.ts';

/** Below this many files a worker's start-up (loading the pipeline again) costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;

/** How the analysis is spread: `workers` threads (0 = the calling thread), `batch` files per message. */
export interface PoolOptions {
  workers?: number | null;
  batch?: number;
}

/**
 * Worker threads to start for `files` files: the option when given, else one per core besides the main
 * thread's (which analyses too), none for small inputs.
 */
export function workerCount(files: number, requested: number | null | undefined): number {
  if (requested !== null && requested !== undefined) return Math.min(requested, files);
  return files < MIN_FILES_FOR_WORKERS ? 0 : Math.min(availableParallelism() - 1, Math.ceil(files / 50));
}

// Workers run the TypeScript sources too: under tsx they inherit its loader; elsewhere (vitest) it is named.
// (The quote-linking thread, link-thread.ts, starts the same way.)
export function workerExecArgv(): string[] | undefined {
  if (process.execArgv.some((a) => a.includes('tsx'))) return undefined;
  return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

/**
 * Reads and analyses each file of `dir` like analyseFiles, over worker threads. Resolves with the analyses in
 * input order; `onProgress` sees every count from 1 to files.length in turn. A worker that fails (cannot start,
 * crashes) rejects the promise: per-file problems never do, they are findings as in analyseFiles.
 */
export function analyseFilesParallel(dir: string, files: string[], topics: Topic[], onProgress?: (done: number) => void, options: PoolOptions = {}): Promise<ArticleAnalysis[]> {
  const threads = workerCount(files.length, options.workers);
  if (threads <= 0) return Promise.resolve(analyseFiles(dir, files, topics, onProgress));
  // Small enough that the threads finish together, large enough that messages cost little next to the work.
  const size = options.batch ?? Math.max(4, Math.min(40, Math.ceil(files.length / (threads + 1) / 8)));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const results: ArticleAnalysis[][] = new Array(batches.length);

  return new Promise((resolvePool, rejectPool) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let finished = false;
    const stop = () => {
      finished = true;
      for (const w of workers) void w.terminate();
    };
    const fail = (error: unknown) => {
      if (finished) return;
      stop();
      rejectPool(error instanceof Error ? error : new Error(String(error)));
    };
    const send = (w: Worker) => {
      if (next < batches.length) {
        w.postMessage({ id: next, files: batches[next] });
        next++;
      }
    };
    const record = (id: number, analyses: ArticleAnalysis[]) => {
      results[id] = analyses;
      for (let k = 0; k < analyses.length; k++) onProgress?.(++done);
      if (done === files.length) {
        stop();
        resolvePool(results.flat());
      }
    };
    // The main thread analyses batches too (its pipeline is loaded and warm already), one at a time, so that
    // the workers' answers are taken in between.
    const mainTurn = () => {
      if (finished || next >= batches.length) return;
      const id = next++;
      try {
        record(id, analyseFiles(dir, batches[id], topics));
      } catch (error) {
        fail(error);
        return;
      }
      setImmediate(mainTurn);
    };
    for (let t = 0; t < threads; t++) {
      const w = new Worker(new URL('./analyse-worker.ts', import.meta.url), { workerData: { dir, topics }, execArgv: workerExecArgv() });
      workers.push(w);
      w.on('message', (msg: { id: number; analyses: ArticleAnalysis[] }) => {
        if (finished) return;
        send(w);
        record(msg.id, msg.analyses);
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (!finished) fail(new Error(`an analysis worker stopped (exit code ${code})`));
      });
      // Two batches in flight, so a worker never waits for the main thread between batches.
      send(w);
      send(w);
    }
    setImmediate(mainTurn);
  });
}
