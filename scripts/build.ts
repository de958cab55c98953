// `npm run build [-- --no-ingest | --input DIR]`: ingest → Astro → Pagefind, into a temporary folder swapped into dist/ only when every step passed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { indexSite } from './search-index.ts';

// OUT_DIR and CORPUS_DIR let tests and benchmarks build elsewhere without touching the site in dist/.
const DIST = process.env.OUT_DIR ?? 'dist';
const CORPUS_DIR = process.env.CORPUS_DIR ?? 'generated';
// Always inside the project: Astro puts its prerender chunks in a shared .astro/ folder when outDir is outside the
// working directory, and two builds at once would then delete each other's chunks.
const TMP = `dist.tmp-${process.pid}`;
const OLD = `${DIST}.old.tmp-${process.pid}`;
const BIN = join('node_modules', '.bin');

class StepError extends Error {}

function step(name: string, fn: () => void | Promise<void>): Promise<void> {
  const started = performance.now();
  return Promise.resolve()
    .then(fn)
    .then(() => {
      process.stdout.write(`build: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    })
    .catch((error: unknown) => {
      throw new StepError(`${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
}

function run(command: string, args: string[]): void {
  const result = spawnSync(join(BIN, command), args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} exited with ${result.status ?? result.signal}`);
}

function swap(): void {
  if (existsSync(DIST)) renameSync(DIST, OLD);
  try {
    renameSync(TMP, DIST);
  } catch (error) {
    // OUT_DIR on another file system: copy instead (not atomic, but the old site is kept until the copy is complete).
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(TMP, DIST, { recursive: true });
    rmSync(TMP, { recursive: true, force: true });
  }
  rmSync(OLD, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const started = performance.now();
  try {
    // --no-ingest builds the site from the corpus already in generated/ (benchmarks, hand-made corpora).
    // --input DIR builds from another folder of article files (the hostile-content and atomic-output tests).
    const inputAt = process.argv.indexOf('--input');
    const input = inputAt > 0 ? ['--input', process.argv[inputAt + 1] ?? ''] : [];
    if (!process.argv.includes('--no-ingest')) await step('ingest (build script)', () => run('tsx', ['scripts/ingest.ts', '--quiet', ...input, '--output', CORPUS_DIR]));
    if (!existsSync(join(CORPUS_DIR, 'corpus.json'))) throw new StepError(`no ${CORPUS_DIR}/corpus.json: run the ingest first`);
    // A heap cap makes V8 collect as Astro renders instead of growing towards its default (10,000 articles: 1.8 -> 1.5 GB peak).
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${process.env.ASTRO_HEAP_MB ?? '1024'}`.trim();
    await step('astro build', () => run('astro', ['build', '--outDir', TMP, ...(process.env.BUILD_VERBOSE ? [] : ['--silent'])]));
    await step('pagefind index', () => indexSite(TMP, CORPUS_DIR));
    await step('publish to dist/', swap);
  } catch (error) {
    rmSync(TMP, { recursive: true, force: true });
    process.stderr.write(`\nbuild: ${error instanceof Error ? error.message : String(error)}\nbuild: the previous site in ${DIST}/ was left untouched.\n`);
    process.exit(1);
  }
  process.stdout.write(`build: site written to ${DIST}/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

void main();
