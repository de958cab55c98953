// Same input, same bytes (issue 4 part 5); a failed run leaves the previous output as it was (part 3).
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest, ROOT } from './run-cli.ts';

const OUTPUTS = ['corpus.json', 'corpus.schema.json', 'quotes.csv'];
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bad-input');
/** Published bad inputs beside the seeds, so odd encodings and duplicate slugs are in the comparison too. */
const EXTRA = ['utf16-le-bom.txt', 'crlf-line-ends.txt', 'same-title-a.txt', 'same-title-b.txt', 'Пекин 北京 talks report.txt', 'quote-with-script.txt', 'empty.txt'];

let work: string;
let input: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'determinism-'));
  input = join(work, 'in');
  cpSync(join(ROOT, 'content', 'articles'), input, { recursive: true });
  for (const f of EXTRA) copyFileSync(join(FIXTURES, f), join(input, f));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (dir: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, f))]));

describe('deterministic ingest', () => {
  it('writes byte-identical files on two runs, from another folder path, time zone and locale', async () => {
    const a = join(work, 'a');
    const first = await runIngest(['--input', input, '--output', a, '--quiet'], { timeoutMs: 120_000 });
    expect(first.status, first.stderr).toBe(0);
    const moved = join(work, 'elsewhere', 'copy of input');
    mkdirSync(join(work, 'elsewhere'));
    cpSync(input, moved, { recursive: true });
    const b = join(work, 'b');
    const second = await runIngest(['--input', moved, '--output', b, '--quiet'], { timeoutMs: 120_000, env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } });
    expect(second.status, second.stderr).toBe(0);
    const [x, y] = [read(a), read(b)];
    for (const f of OUTPUTS) expect(x[f].equals(y[f]), `${f} differs between runs`).toBe(true);
    expect(x['corpus.json'].toString()).not.toContain(work);
  }, 300_000);
});

describe('atomic output', () => {
  it('leaves the previous output untouched when a run fails on front matter, and leaves no temporary files', async () => {
    const out = join(work, 'site-data');
    const ok = await runIngest(['--input', input, '--output', out, '--quiet'], { timeoutMs: 120_000 });
    expect(ok.status, ok.stderr).toBe(0);
    const before = read(out);
    const mtimes = OUTPUTS.map((f) => statSync(join(out, f)).mtimeMs);
    copyFileSync(join(FIXTURES, 'front-matter-wrong-types.txt'), join(input, 'zz-broken.txt'));
    copyFileSync(join(FIXTURES, 'control-good-article.txt'), join(input, 'zz-new-article.txt'));
    const failed = await runIngest(['--input', input, '--output', out], { timeoutMs: 120_000 });
    rmSync(join(input, 'zz-broken.txt'));
    rmSync(join(input, 'zz-new-article.txt'));
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('zz-broken.txt:2 front-matter-invalid error: front matter field "title"');
    expect(failed.stderr).toContain(`nothing was written (${out} is unchanged)`);
    const after = read(out);
    for (const f of OUTPUTS) expect(after[f].equals(before[f]), `${f} changed`).toBe(true);
    expect(OUTPUTS.map((f) => statSync(join(out, f)).mtimeMs)).toEqual(mtimes);
    expect(readdirSync(out).sort()).toEqual([...OUTPUTS].sort());
  }, 300_000);
});
