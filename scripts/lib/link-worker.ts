// The quote-linking thread (see link-thread.ts): links the quotes it is started with and answers once.
import { parentPort, workerData } from 'node:worker_threads';
import { linkQuotes } from '../pipeline/09-links.ts';
import { fromColumns, type QuoteColumns } from './quote-columns.ts';

parentPort!.postMessage(linkQuotes(fromColumns(workerData as QuoteColumns)));
