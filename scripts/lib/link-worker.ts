// The quote-linking thread (see link-thread.ts): sent the quotes' words, it matches them while the main thread
// merges speakers; then, sent the quotes' speakers, it makes the links and answers once.
import { parentPort } from 'node:worker_threads';
import { linkIds, linksFromMatches, matchTexts, quoteTexts } from '../pipeline/09-links.ts';
import { fromColumns, type QuoteColumns } from './quote-columns.ts';

// The two messages in the order they come (the thread may be started before the first is ready): one listener
// keeps them, so the speakers, sent while the words are matched, wait here.
const inbox: unknown[] = [];
let waiting: ((message: unknown) => void) | null = null;
parentPort!.on('message', (message) => {
  if (waiting) waiting(message);
  else inbox.push(message);
  waiting = null;
});
const next = <T>() => new Promise<T>((resolve) => (inbox.length ? resolve(inbox.shift() as T) : (waiting = resolve as (m: unknown) => void)));

const columns = await next<QuoteColumns>();
const speakers = next<Array<string | null>>();
const words = fromColumns(columns, []);
const texts = quoteTexts(words);
const found = matchTexts(words, texts);
const quotes = fromColumns(columns, await speakers);
parentPort!.postMessage(linkIds(linksFromMatches(quotes, texts, found)));
