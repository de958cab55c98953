// A worker thread of the analysis pool: reads and analyses the batches of files it is sent, answering each
// with the analyses in the batch's order. All per-file failures are already data (see analyseFiles).
import { parentPort, workerData } from 'node:worker_threads';
import type { Topic } from '../../src/schemas/index.ts';
import { analyseFiles } from './run-pipeline.ts';

const { dir, topics } = workerData as { dir: string; topics: Topic[] };
parentPort!.on('message', (batch: { id: number; files: string[] }) => {
  parentPort!.postMessage({ id: batch.id, analyses: analyseFiles(dir, batch.files, topics) });
});
