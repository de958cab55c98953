// Cleaning benchmark: writes the 181 whole-page texts of ../shared/bench/article-extraction as
// article files, ingests them, and prints the benchmark's SCORE line (boilerplate F1).
// Usage: npm run bench:cleaning [-- --keep DIR]   (DIR keeps the inputs and corpus for inspection)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bench = resolve(root, '../shared/bench/article-extraction/bench.mjs');
if (!existsSync(bench)) {
  console.error(`bench-cleaning: the benchmark is not there (expected ../shared/bench/article-extraction/bench.mjs beside the project)`);
  process.exit(2);
}
const keepAt = process.argv.indexOf('--keep');
const work = keepAt > 0 && process.argv[keepAt + 1] ? resolve(process.argv[keepAt + 1]) : mkdtempSync(join(tmpdir(), 'bench-cleaning-'));
const inputs = join(work, 'pages'), output = join(work, 'out');

/** Runs a node script with this node; stops the benchmark when it fails. */
function run(label: string, args: string[], echo: boolean): string {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    console.error(`bench-cleaning: ${label} failed (exit ${r.status})\n${r.stderr || r.stdout}`);
    process.exit(1);
  }
  if (echo) process.stdout.write(r.stdout);
  return r.stdout;
}

const started = performance.now();
run('writing the pages', [bench, 'inputs', inputs], false);
const ingest = run('ingest', ['--import', 'tsx', 'scripts/ingest.ts', '--quiet', '--input', inputs, '--output', output], false);
const summary = ingest.trim().split('\n').filter((l) => /\barticles\b/.test(l) && /\bin [\d.]+ s\b/.test(l));
if (summary.length) console.log(summary.at(-1));
run('scoring', [bench, 'score', join(output, 'corpus.json')], true);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s in all${keepAt > 0 ? `; files kept in ${work}` : ''})`);
if (keepAt < 0) rmSync(work, { recursive: true, force: true });
