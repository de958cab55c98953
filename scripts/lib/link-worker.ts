// The quote-linking thread (see link-thread.ts): started with the quotes' words, it matches them while the main
// thread merges speakers; then, sent the quotes' speakers, it makes the links and answers once.
import { parentPort, workerData } from 'node:worker_threads';
import { linkIds, linksFromMatches, matchTexts, quoteTexts } from '../pipeline/09-links.ts';
import { fromColumns, type QuoteColumns } from './quote-columns.ts';

const columns = workerData as QuoteColumns;
// Listened for first; a message that comes during the matching waits in the port.
const speakers = new Promise<Array<string | null>>((resolve) => parentPort!.once('message', resolve));
const words = fromColumns(columns, []);
const texts = quoteTexts(words);
const found = matchTexts(words, texts);
const quotes = fromColumns(columns, await speakers);
parentPort!.postMessage(linkIds(linksFromMatches(quotes, texts, found)));
