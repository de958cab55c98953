// The whole build (ingest → Astro → Pagefind → swap), run as a user runs it: same input, same bytes (issue 4 part 5);
// a failed build leaves the site built before it as it was and says which step failed (part 3).
// One file, tests in order: builds share Astro's .astro cache in the project folder, so they must not run in parallel.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript, type CliRun } from '../cli/run-cli.ts';
import { hashTree, treeDiff } from './tree.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
let work: string;
let input: string;

/** Runs `scripts/build.ts` with the site in `out` and the corpus files in `data`. */
function build(out: string, data: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runScript('build.ts', args, { timeoutMs: 180_000, env: { OUT_DIR: out, CORPUS_DIR: data, ...env } });
}

/** Temporary folders a build left behind: its own dist.tmp-<pid> in the project (when that process is gone) and `<out>.old.tmp-*`. */
function leftovers(out: string): string[] {
  const dead = (name: string) => {
    try {
      process.kill(Number(name.slice('dist.tmp-'.length)), 0);
      return false; // another build running right now (someone else's), not a leftover
    } catch {
      return true;
    }
  };
  const inProject = readdirSync(ROOT).filter((f) => /^dist\.tmp-\d+$/.test(f) && dead(f));
  const beside = readdirSync(join(out, '..')).filter((f) => f.includes('.tmp-'));
  return [...inProject, ...beside];
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'build-output-'));
  // The hard-case articles (quotes, speakers, topics, stories) and the hostile ones (HTML in every field).
  input = join(work, 'in');
  cpSync(join(FIXTURES, 'articles'), input, { recursive: true });
  cpSync(join(FIXTURES, 'hostile'), input, { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('deterministic build', () => {
  it('writes byte-identical sites, search indexes and data files on two builds from different folders', async () => {
    const first = await build(join(work, 'a', 'site'), join(work, 'a', 'data'), ['--input', input]);
    expect(first.status, first.stderr).toBe(0);
    // The second build reads a copy of the input elsewhere, writes elsewhere, in another time zone and locale.
    const moved = join(work, 'elsewhere', 'copy of input');
    cpSync(input, moved, { recursive: true });
    const second = await build(join(work, 'b', 'site'), join(work, 'b', 'data'), ['--input', moved], { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' });
    expect(second.status, second.stderr).toBe(0);

    const [siteA, siteB] = [hashTree(join(work, 'a', 'site')), hashTree(join(work, 'b', 'site'))];
    // The comparison covers what it claims to: pages, the Pagefind index with its fragments, the open data.
    const paths = [...siteA.keys()];
    expect(paths).toContain('pagefind/pagefind-entry.json');
    expect(paths.filter((p) => p.endsWith('.pf_fragment')).length).toBeGreaterThan(10);
    expect(paths.filter((p) => p.endsWith('.pf_index')).length).toBeGreaterThan(0);
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'rss.xml', 'data/corpus.json', 'data/quotes.csv', 'search/index.html']));
    expect(treeDiff(siteA, siteB), 'files that differ between two builds of the same input').toEqual([]);
    expect(treeDiff(hashTree(join(work, 'a', 'data')), hashTree(join(work, 'b', 'data'))), 'corpus files that differ').toEqual([]);
    expect(readFileSync(join(work, 'a', 'site', 'data', 'corpus.json'), 'utf8')).not.toContain(work);
  }, 400_000);
});

describe('atomic build', () => {
  const site = () => join(work, 'a', 'site');
  const data = () => join(work, 'a', 'data');

  it('keeps the previous site and data byte for byte when the ingest fails on front matter, and names the step', async () => {
    expect(existsSync(join(site(), 'index.html')), 'the deterministic test builds the site first').toBe(true);
    const [siteBefore, dataBefore] = [hashTree(site()), hashTree(data())];
    const broken = join(work, 'broken-in');
    cpSync(input, broken, { recursive: true });
    // A new good article beside the broken one: the build must not publish it either.
    cpSync(join(FIXTURES, 'bad-input', 'control-good-article.txt'), join(broken, 'zz-new-article.txt'));
    writeFileSync(join(broken, 'zz-broken.txt'), '---\ntitle: 5\ndate: "yesterday"\n---\nCouncil approves budget\n\nThe council approved its budget on Tuesday.\n');
    const failed = await build(site(), data(), ['--input', broken]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('zz-broken.txt:2');
    expect(failed.stderr).toContain('build: ingest (build script) failed');
    expect(failed.stderr).toContain('was left untouched');
    expect(failed.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(treeDiff(siteBefore, hashTree(site())), 'site files changed by a failed build').toEqual([]);
    expect(treeDiff(dataBefore, hashTree(data())), 'data files changed by a failed build').toEqual([]);
    expect(leftovers(site())).toEqual([]);
  }, 200_000);

  it('keeps the previous site byte for byte when Astro fails, and names the step', async () => {
    const siteBefore = hashTree(site());
    // A corpus Astro's content schema rejects (a title that is a number): the ingest never writes one, so --no-ingest.
    const bad = join(work, 'bad-data');
    mkdirSync(bad);
    cpSync(data(), bad, { recursive: true });
    const corpus = JSON.parse(readFileSync(join(bad, 'corpus.json'), 'utf8')) as { articles: Array<Record<string, unknown>> };
    corpus.articles[0].title = 42;
    writeFileSync(join(bad, 'corpus.json'), JSON.stringify(corpus));
    const failed = await build(site(), bad, ['--no-ingest']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('build: astro build failed');
    expect(failed.stderr).toContain('was left untouched');
    expect(treeDiff(siteBefore, hashTree(site())), 'site files changed by a failed build').toEqual([]);
    expect(leftovers(site())).toEqual([]);
  }, 200_000);
});
