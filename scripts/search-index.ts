// The search step of the build: Pagefind's index written into a built site from the corpus, then checked.
// `tsx scripts/search-index.ts SITE_DIR [CORPUS_DIR]` re-indexes a built site alone (benchmarks, trying index settings).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { checkPagefindEntries } from '../src/lib/pagefind-check.ts';
import { searchRecords, type SearchRecord } from '../src/lib/search-records.ts';
import { buildSiteIndex, type SiteData } from '../src/lib/site-index.ts';

/** Records sent to Pagefind at once: enough to keep its service busy, few enough that their text is not all in flight. */
const IN_FLIGHT = 256;

/** Adds every record, a window at a time; returns Pagefind's errors (with the record's URL). */
async function addRecords(index: PagefindIndex, records: Iterable<SearchRecord>): Promise<string[]> {
  const errors: string[] = [];
  const window = new Set<Promise<void>>();
  for (const record of records) {
    const sent: Promise<void> = index.addCustomRecord(record).then(
      (r) => void (r.errors.length && errors.push(`${record.url}: ${r.errors.join('; ')}`)),
      (e: unknown) => void errors.push(`${record.url}: ${String(e)}`),
    ).finally(() => window.delete(sent));
    window.add(sent);
    if (window.size >= IN_FLIGHT) await Promise.race(window);
  }
  await Promise.all(window);
  return errors;
}

/**
 * Records per Pagefind index. Pagefind holds every record of an index in memory until it writes it, at several times
 * the text's size (about 40 KB a record at its peak), so 115,000 records in one index needed over 4 GB; the site's
 * records go into indexes of this many each, built one after another (the Pagefind process ends between them), and the
 * search page merges them.
 */
export const SHARD_RECORDS = 20_000;

/**
 * Word-index chunk size (word positions per chunk file; Pagefind's default is 20,000). A search fetches, from every
 * shard, the chunk holding each word typed: smaller chunks make that a few KB instead of tens of KB per shard. Pagefind
 * closes a chunk after the word that fills it, so the rare words sorted just before a very common one share its chunk;
 * smaller chunks make them fewer. At 10,000 articles 1,000 (against 4,000) took the median query from 96 to 73 KB and the
 * largest from 210 to 201 KB, for 14 KB more of start-up (the chunk list in each shard's metadata).
 */
export const INDEX_CHUNK_SIZE = 1_000;

/** Where shard `i` is written, and the path the search page merges it from (shard 0 is Pagefind's usual /pagefind/). */
export const shardPath = (i: number): string => (i === 0 ? 'pagefind' : `pagefind/shard-${i}`);

/** The file that lists the extra shards for the search page. */
export const SHARDS_FILE = 'pagefind/shards.json';

/** Every record of the corpus, made once; the parsed corpus is left behind for the garbage collector. */
function loadRecords(corpusDir: string): { records: SearchRecord[]; expected: number } {
  const corpus = JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8')) as Omit<SiteData, 'stories'> & { stories?: SiteData['stories'] };
  const data = buildSiteIndex({ ...corpus, stories: corpus.stories ?? [] });
  // One record per article, per quote and per story page.
  return { records: [...searchRecords(data)], expected: corpus.articles.length + corpus.quotes.length + data.stories.length };
}

/** Frees what the parsed corpus held before Pagefind starts (a 10,000-article corpus is several hundred MB parsed). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Writes one index of `records` to `outputPath` in a Pagefind process of its own. */
async function writeShard(records: SearchRecord[], outputPath: string): Promise<void> {
  // Read by the Pagefind binary (started by createIndex, with this environment) at start-up.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  try {
    const { errors, index } = await createIndex({ forceLanguage: 'en' });
    if (errors.length || !index) throw new Error(`createIndex: ${errors.join('; ') || 'no index'}`);
    const added = await addRecords(index, records);
    if (added.length) throw new Error(`addCustomRecord: ${added.slice(0, 5).join('; ')}${added.length > 5 ? ` (and ${added.length - 5} more)` : ''}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`writeFiles: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
}

// The index is made from the corpus (one record per quote, article and story), not by parsing the rendered pages:
// at 10,000 articles that is 115,000 HTML files, which took minutes and over a gigabyte in Pagefind.
/** Writes the search index of the site in `site` from the corpus in `corpusDir` and checks it holds every record. */
export async function indexSite(site: string, corpusDir: string, shardRecords = SHARD_RECORDS): Promise<void> {
  let { records, expected } = loadRecords(corpusDir);
  collectGarbage();
  // A fresh folder: a re-index must not leave the previous index's files behind.
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const shards = Math.max(1, Math.ceil(records.length / shardRecords));
  const texts: Array<string | null> = [];
  for (let i = 0; i < shards; i++) {
    const part = records.slice(i * shardRecords, (i + 1) * shardRecords);
    if (i === shards - 1) records = [];
    await writeShard(part, join(site, shardPath(i)));
    const entryPath = join(site, shardPath(i), 'pagefind-entry.json');
    texts.push(existsSync(entryPath) ? readFileSync(entryPath, 'utf8') : null);
  }
  writeFileSync(join(site, SHARDS_FILE), `${JSON.stringify(Array.from({ length: shards - 1 }, (_, i) => `/${shardPath(i + 1)}/`))}\n`);
  const problems = checkPagefindEntries(texts, { pages: expected });
  if (problems.length) throw new Error(problems.join('; '));
}

if (process.argv[1] && /search-index\.ts$/.test(process.argv[1])) {
  const started = performance.now();
  indexSite(process.argv[2] ?? 'dist', process.argv[3] ?? 'generated', Number(process.env.SHARD_RECORDS ?? SHARD_RECORDS)).then(
    () => process.stdout.write(`search-index: done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`),
    (e: unknown) => {
      process.stderr.write(`search-index: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
