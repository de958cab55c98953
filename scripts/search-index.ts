// The search step of the build: Pagefind's index written into a built site from the corpus, then checked.
// `tsx scripts/search-index.ts SITE_DIR [CORPUS_DIR]` re-indexes a built site alone (benchmarks, trying index settings).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { checkPagefindEntry } from '../src/lib/pagefind-check.ts';
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

// The index is made from the corpus (one record per quote, article and story), not by parsing the rendered pages:
// at 10,000 articles that is 115,000 HTML files, which took minutes and over a gigabyte in Pagefind.
export async function indexSite(site: string, corpusDir: string): Promise<void> {
  const corpus = JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8')) as Omit<SiteData, 'stories'> & { stories?: SiteData['stories'] };
  const data = buildSiteIndex({ ...corpus, stories: corpus.stories ?? [] });
  // One record per article, per quote and per story page.
  const expected = corpus.articles.length + corpus.quotes.length + data.stories.length;
  try {
    const { errors, index } = await createIndex({ forceLanguage: 'en' });
    if (errors.length || !index) throw new Error(`createIndex: ${errors.join('; ') || 'no index'}`);
    const added = await addRecords(index, searchRecords(data));
    if (added.length) throw new Error(`addCustomRecord: ${added.slice(0, 5).join('; ')}${added.length > 5 ? ` (and ${added.length - 5} more)` : ''}`);
    // A fresh folder: a re-index must not leave the previous index's fragments behind.
    rmSync(join(site, 'pagefind'), { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`writeFiles: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  const entryPath = join(site, 'pagefind', 'pagefind-entry.json');
  const problems = checkPagefindEntry(existsSync(entryPath) ? readFileSync(entryPath, 'utf8') : null, { pages: expected });
  if (problems.length) throw new Error(problems.join('; '));
}

if (process.argv[1] && /search-index\.ts$/.test(process.argv[1])) {
  const started = performance.now();
  indexSite(process.argv[2] ?? 'dist', process.argv[3] ?? 'generated').then(
    () => process.stdout.write(`search-index: done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`),
    (e: unknown) => {
      process.stderr.write(`search-index: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
