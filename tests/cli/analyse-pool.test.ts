import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFilesParallel, MIN_FILES_FOR_WORKERS, workerCount } from '../../scripts/lib/analyse-pool.ts';
import { analyseFiles } from '../../scripts/lib/run-pipeline.ts';
import { listArticleFiles } from '../../scripts/lib/read-inputs.ts';
import { buildCorpus } from '../../scripts/pipeline/build-corpus.ts';
import { TopicListSchema } from '../../src/schemas/index.ts';
import topicsJson from '../../content/topics.json' with { type: 'json' };

const topics = TopicListSchema.parse(topicsJson);
// Real-news-like articles, hostile ones and broken files (binary, empty, bad front matter) in one folder.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyse-pool-'));
  for (const from of ['../fixtures/articles', '../fixtures/hostile', '../fixtures/bad-input']) {
    const src = join(import.meta.dirname, from);
    for (const f of readdirSync(src)) if (f.endsWith('.txt')) cpSync(join(src, f), join(dir, f));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workerCount', () => {
  it('uses no worker for a small input, one per core besides the main thread for a large one, and the number asked for', () => {
    expect(workerCount(MIN_FILES_FOR_WORKERS - 1, null)).toBe(0);
    expect(workerCount(10_000, null)).toBe(availableParallelism() - 1);
    expect(workerCount(10_000, 0)).toBe(0);
    expect(workerCount(3, 8)).toBe(3);
  });
});

describe('analyseFilesParallel', () => {
  it('gives the same analyses, in input order, over worker threads as in one thread, with every progress count in turn', async () => {
    const files = listArticleFiles(dir);
    const inThread = analyseFiles(dir, files, topics);
    const seen: number[] = [];
    const parallel = await analyseFilesParallel(dir, files, topics, (done) => seen.push(done), { workers: 2, batch: 3 });
    expect(parallel.map((a) => a.file)).toEqual(files);
    expect(parallel).toEqual(inThread);
    expect(seen).toEqual(files.map((_, i) => i + 1));
    // The published corpus, byte for byte.
    expect(JSON.stringify(buildCorpus(parallel, topics))).toBe(JSON.stringify(buildCorpus(inThread, topics)));
  }, 60_000);

  it('analyses in the calling thread when asked for no workers', async () => {
    const files = listArticleFiles(dir).slice(0, 4);
    expect(await analyseFilesParallel(dir, files, topics, undefined, { workers: 0 })).toEqual(analyseFiles(dir, files, topics));
  });
});
