// The bad-input suite (issues 2 and 4): every case of tests/fixtures/bad-input/expected.json through the real CLI.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../scripts/pipeline/01-decode.ts';
import { pool, runIngest, showsStackTrace, ROOT, type CliRun } from './run-cli.ts';

interface Expected {
  file: string;
  line: number | null;
  rule: string;
  message?: string;
}
interface Case {
  name: string;
  files: string[];
  generate?: 'over-size-limit' | 'hundred-thousand-lines' | 'one-megabyte-line';
  outcome: 'published' | 'skipped' | 'stops';
  diagnostics: Expected[];
  contains?: string;
  paragraphLine?: { starts: string; line: number };
}
interface CorpusOut {
  articles: Array<{ file: string; slug: string; title: string; standfirst: string[]; paragraphs: Array<{ text: string; line: number }> }>;
}

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bad-input');
const CONTROL = 'control-good-article.txt';
const { cases } = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as { cases: Case[] };
/** A run longer than this is a hang. */
const TIME_LIMIT_MS = 60_000;

/** The huge inputs, written at test time rather than committed. */
const generators: Record<NonNullable<Case['generate']>, () => string> = {
  'over-size-limit': () => `Headline\n\n${'word '.repeat(Math.ceil((MAX_FILE_BYTES + 1) / 5))}\n`,
  'hundred-thousand-lines': () => `Clerk files record\n\n${Array.from({ length: 99_998 }, (_, i) => `Item ${i + 2} filed.`).join('\n')}\n`,
  'one-megabyte-line': () => `Single line\n\n${Array.from({ length: 25_000 }, (_, i) => (i % 50 ? 'The talks went on into the night without a break. ' : '“We are close,” he said. ')).join('').slice(0, 1_048_576)}\n`,
};

let work: string;
/** Writes a case's files (and the control article) into a fresh input folder. */
function inputFolder(name: string, files: Array<Pick<Case, 'files' | 'generate'>>, withControl = true): string {
  const dir = join(work, name, 'in');
  mkdirSync(dir, { recursive: true });
  for (const c of files) {
    for (const f of c.files) {
      if (c.generate) writeFileSync(join(dir, f), generators[c.generate]());
      else copyFileSync(join(FIXTURES, f), join(dir, f));
    }
  }
  if (withControl) copyFileSync(join(FIXTURES, CONTROL), join(dir, CONTROL));
  return dir;
}

const readCorpus = (out: string): CorpusOut => JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'));
const articleText = (a: CorpusOut['articles'][number]) => [a.title, ...a.standfirst, ...a.paragraphs.map((p) => p.text)].join('\n');
const lineOf = (d: Expected) => `${d.file}${d.line === null ? '' : `:${d.line}`} ${d.rule} `;

const runs = new Map<string, { run: CliRun; out: string }>();
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bad-input-'));
  // Several cases at a time: each is its own child process, so a slow one does not hold the others up.
  await pool(cases.map((c, i) => async () => {
    const input = inputFolder(`case-${i}`, [c]);
    const out = join(work, `case-${i}`, 'out');
    runs.set(c.name, { run: await runIngest(['--input', input, '--output', out], { timeoutMs: TIME_LIMIT_MS }), out });
  }));
}, 10 * TIME_LIMIT_MS);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bad input through the ingest CLI', () => {
  it('has at least 20 cases, each with its files present', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases) if (!c.generate) for (const f of c.files) expect(existsSync(join(FIXTURES, f)), f).toBe(true);
  });

  describe.each(cases)('$name', (c) => {
    const get = () => runs.get(c.name)!;

    it('ends in time, without a stack trace, printing only diagnostics and ingest: lines', () => {
      const { run } = get();
      expect(run.timedOut, `took over ${TIME_LIMIT_MS} ms`).toBe(false);
      expect(showsStackTrace(run.stderr + run.stdout), run.stderr).toBe(false);
      for (const line of run.stderr.split('\n').filter(Boolean)) {
        expect([...c.files, CONTROL, 'ingest:'].some((p) => line.startsWith(p)), line).toBe(true);
      }
    });

    it(`prints the expected diagnostics (${c.diagnostics.map((d) => d.rule).join(', ') || 'none required'})`, () => {
      const lines = get().run.stderr.split('\n');
      for (const d of c.diagnostics) {
        const hit = lines.find((l) => l.startsWith(lineOf(d)));
        expect(hit, `no line "${lineOf(d)}…" in:\n${get().run.stderr}`).toBeDefined();
        if (d.message) expect(hit).toContain(d.message);
      }
    });

    if (c.outcome === 'stops') {
      it('stops with exit status 1, names the file, writes nothing', () => {
        const { run, out } = get();
        expect(run.status).toBe(1);
        expect(run.stderr).toMatch(/^ingest: .*nothing was written/m);
        for (const d of c.diagnostics) expect(run.stderr).toContain(`${d.file}:${d.line} ${d.rule} error:`);
        expect(existsSync(out)).toBe(false);
      });
    } else {
      it(`exits 0 and ${c.outcome === 'published' ? 'publishes the article' : 'leaves the file out'}, with the other article still out`, () => {
        const { run, out } = get();
        expect(run.status, run.stderr).toBe(0);
        const corpus = readCorpus(out);
        expect(corpus.articles.map((a) => a.file)).toContain(CONTROL);
        const mine = corpus.articles.filter((a) => c.files.includes(a.file));
        if (c.outcome === 'skipped') {
          expect(mine).toEqual([]);
          for (const f of c.files) expect(run.stderr, 'a skipped file is reported').toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*skipped`, 'm'));
        } else {
          expect(mine.map((a) => a.file).sort()).toEqual([...c.files].sort());
          expect(new Set(corpus.articles.map((a) => a.slug)).size, 'slugs are distinct').toBe(corpus.articles.length);
          if (c.contains) for (const a of mine) expect(articleText(a)).toContain(c.contains);
          if (c.paragraphLine) {
            const p = mine[0].paragraphs.find((x) => x.text.startsWith(c.paragraphLine!.starts));
            expect(p?.line).toBe(c.paragraphLine.line);
          }
        }
        expect(run.stdout).toMatch(/^\d+ articles?.*, \d+ quotes?, \d+ speakers?, \d+ topics?, \d+ warnings?/m);
      });
    }
  });
});

describe('the whole bad-input folder in one run', () => {
  const keep = cases.filter((c) => c.outcome !== 'stops');
  const stop = cases.filter((c) => c.outcome === 'stops');

  it('publishes every readable article and reports every other file, when no front matter is invalid', async () => {
    const input = inputFolder('all-warnings', keep);
    const out = join(work, 'all-warnings', 'out');
    const run = await runIngest(['--input', input, '--output', out], { timeoutMs: 3 * TIME_LIMIT_MS });
    expect(run.timedOut).toBe(false);
    expect(showsStackTrace(run.stderr)).toBe(false);
    expect(run.status, run.stderr).toBe(0);
    const published = new Set(readCorpus(out).articles.map((a) => a.file));
    for (const c of keep) for (const f of c.files) expect(published.has(f), f).toBe(c.outcome === 'published');
    for (const d of keep.flatMap((c) => c.diagnostics)) expect(run.stderr).toContain(lineOf(d));
    const files = keep.flatMap((c) => c.files).length + 1;
    const skipped = keep.filter((c) => c.outcome === 'skipped').flatMap((c) => c.files).length;
    expect(run.stdout).toContain(`${files - skipped} articles (${skipped} of ${files} files skipped)`);
  }, 4 * TIME_LIMIT_MS);

  it('lists every front-matter error of every file, then stops without writing', async () => {
    const input = inputFolder('all', cases.filter((c) => !c.generate));
    const out = join(work, 'all', 'out');
    const run = await runIngest(['--input', input, '--output', out], { timeoutMs: 3 * TIME_LIMIT_MS });
    expect(run.timedOut).toBe(false);
    expect(showsStackTrace(run.stderr)).toBe(false);
    expect(run.status).toBe(1);
    for (const d of stop.flatMap((c) => c.diagnostics)) expect(run.stderr).toContain(lineOf(d));
    expect(run.stderr).toContain(`error(s) in ${stop.length} file(s)`);
    expect(existsSync(out)).toBe(false);
  }, 4 * TIME_LIMIT_MS);
});
