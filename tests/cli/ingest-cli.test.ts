// The ingest CLI as a demanding user meets it: help, mistakes on the command line, missing inputs, big runs.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runIngest, showsStackTrace, ROOT } from './run-cli.ts';

// Each case starts a child process; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 });

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bad-input');
const SUMMARY = /^(\d+) articles?(?: \((\d+) of (\d+) files skipped\))?, (\d+) quotes?, (\d+) speakers?, (\d+) topics?, (\d+) warnings?(?:, \d+ errors?)?(?:, \d+ notes?)? in \d+\.\d\d s$/m;

let work: string;
let good: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  good = join(work, 'good');
  mkdirSync(good);
  copyFileSync(join(FIXTURES, 'control-good-article.txt'), join(good, 'port.txt'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ingest command line', () => {
  it('--help prints the usage, the options, the size limit and the exit statuses, and exits 0', async () => {
    const run = await runIngest(['--help']);
    expect(run.status).toBe(0);
    for (const s of ['usage: npm run ingest', '--input DIR', '--output DIR', '--topics FILE', '--quiet', '2097152 bytes', 'exit status: 0']) expect(run.stdout).toContain(s);
  });

  it.each([
    [['--bogus'], 'unknown option "--bogus"'],
    [['--input'], '--input needs a value'],
    [['--input', '--output', 'x'], '--input needs a value'],
    [['content/articles'], 'unexpected argument "content/articles" (folders are given with --input DIR)'],
  ])('%j is a usage error: exit 2, one clear line and where to find help', async (args, message) => {
    const run = await runIngest(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`ingest: ${message}`);
    expect(run.stderr).toContain('--help');
    expect(showsStackTrace(run.stderr)).toBe(false);
  });

  it.each([
    ['a missing input folder', () => ['--input', join(work, 'nope')], 'input folder not found:'],
    ['an input that is a file', () => ['--input', join(good, 'port.txt')], 'is a file'],
    ['an empty input folder', () => { mkdirSync(join(work, 'empty'), { recursive: true }); return ['--input', join(work, 'empty')]; }, 'no article files in'],
    ['the output inside the input', () => ['--input', good, '--output', good], '--output must not be the input folder'],
    ['an output that is a file', () => ['--input', good, '--output', join(good, 'port.txt')], '--output must be a folder'],
    ['a missing topics file', () => ['--input', good, '--topics', join(work, 'none.json')], 'cannot read the topic list'],
    ['a topics file that is not JSON', () => { writeFileSync(join(work, 'bad.json'), '[{"slug": "x",'); return ['--input', good, '--topics', join(work, 'bad.json')]; }, 'is not valid JSON'],
    ['a topics file with a bad topic', () => { writeFileSync(join(work, 'wrong.json'), JSON.stringify([{ slug: 'Bad Slug', label: 'X', description: 'X', signals: [] }])); return ['--input', good, '--topics', join(work, 'wrong.json')]; }, 'topic 1 ("Bad Slug") field "slug"'],
    ['a folder of nothing readable', () => { const d = join(work, 'junk'); mkdirSync(d, { recursive: true }); writeFileSync(join(d, 'a.txt'), ''); writeFileSync(join(d, 'b.bin'), Buffer.from([0, 1, 2])); return ['--input', d]; }, 'none of the 2 file(s)'],
  ])('%s: exit 1, says what is wrong, writes nothing', async (_name, args, message) => {
    const out = join(work, `out-${Math.random().toString(36).slice(2)}`);
    const a = args();
    const run = await runIngest(a.includes('--output') ? a : [...a, '--output', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/^ingest: /m);
    expect(showsStackTrace(run.stderr)).toBe(false);
    expect(() => readFileSync(join(out, 'corpus.json'))).toThrow();
  });

  it('reports an unreadable topics file (permission denied) without a stack trace', async () => {
    const path = join(work, 'locked.json');
    writeFileSync(path, '[]');
    chmodSync(path, 0o000);
    const run = await runIngest(['--input', good, '--output', join(work, 'o-locked'), '--topics', path]);
    chmodSync(path, 0o644);
    // root reads the file anyway and then finds an empty list valid: either way, no stack trace and a clear outcome.
    expect(showsStackTrace(run.stderr)).toBe(false);
    if (run.status !== 0) expect(run.stderr).toContain('cannot read the topic list');
  });

  it('prints the summary (articles, quotes, speakers, topics, warnings) and the files written, and exits 0', async () => {
    const out = join(work, 'o-good');
    const run = await runIngest(['--input', good, '--output', out]);
    expect(run.status, run.stderr).toBe(0);
    const m = run.stdout.match(SUMMARY);
    expect(m, run.stdout).not.toBeNull();
    expect(m![1]).toBe('1');
    expect(run.stdout).toContain(`wrote ${out}/corpus.json, ${out}/corpus.schema.json, ${out}/quotes.csv`);
  });

  it('shows progress on a run of 250 files, counts what it skipped, and stays quiet with --quiet', async () => {
    const many = join(work, 'many');
    mkdirSync(many);
    const text = readFileSync(join(FIXTURES, 'control-good-article.txt'), 'utf8');
    for (let i = 0; i < 250; i++) writeFileSync(join(many, `a${String(i).padStart(3, '0')}.txt`), text.replace('Port authority', `Port ${i} authority`));
    writeFileSync(join(many, 'zz-empty.txt'), '');
    const run = await runIngest(['--input', many, '--output', join(work, 'o-many')], { timeoutMs: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const progress = run.stderr.split('\n').filter((l) => l.startsWith('ingest: analysed '));
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress.at(-1)).toBe('ingest: analysed 251/251 files');
    expect(run.stdout).toMatch(/^250 articles \(1 of 251 files skipped\), /m);
    expect(run.stderr).toContain('zz-empty.txt empty-file the file is empty; skipped');
    const quiet = await runIngest(['--input', many, '--output', join(work, 'o-many-q'), '--quiet'], { timeoutMs: 120_000 });
    expect(quiet.stderr).not.toContain('analysed');
    expect(quiet.stdout).not.toContain('wrote');
    expect(quiet.stdout).toMatch(SUMMARY);
  }, 300_000);
});
