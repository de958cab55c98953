// npm run eval: scores annotated folders, fails below --min-f1, explains bad command lines and gold files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runScript, showsStackTrace } from './run-cli.ts';

vi.setConfig({ testTimeout: 120_000 });

const ARTICLE = 'Mayor opens bridge\n\n“This bridge joins two halves of one city,” said Mayor Rosa Lind.\n\nTraffic will start on Monday.\n';
let work: string;
let articles: string;
const gold = (quotes: Array<{ text: string; speaker: string[] }>) => JSON.stringify({ articles: [{ file: 'bridge.txt', title: 'Mayor opens bridge', date: null, quotes }] });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'eval-cli-'));
  articles = join(work, 'articles');
  mkdirSync(articles);
  writeFileSync(join(articles, 'bridge.txt'), ARTICLE);
  writeFileSync(join(work, 'right.gold.json'), gold([{ text: 'This bridge joins two halves of one city,', speaker: ['Rosa Lind'] }]));
  // A gold file that wants a quote the article does not mark: recall can only be 1/2.
  writeFileSync(join(work, 'harder.gold.json'), gold([{ text: 'This bridge joins two halves of one city,', speaker: ['Rosa Lind'] }, { text: 'Traffic will start on Monday.', speaker: ['Rosa Lind'] }]));
  writeFileSync(join(work, 'wrong.gold.json'), gold([{ text: 'words that are not in the article', speaker: ['X'] }]));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const runEval = (args: string[]) => runScript('eval.ts', args);

describe('eval command line', () => {
  it('prints per-set and overall figures, the worst articles and a SCORE line', async () => {
    const run = await runEval(['--gold', join(work, 'right.gold.json'), '--articles', articles, '--gold', join(work, 'harder.gold.json'), '--articles', articles]);
    expect(run.status, run.stderr).toBe(0);
    for (const s of ['== right (1 article:', '== harder (1 article:', '== overall (2 articles)', 'quotes      P ', 'dates       ', 'cleaning    boilerplate removed', 'worst articles:', 'harder: bridge.txt', '  - missed: "Traffic will start on Monday."']) expect(run.stdout).toContain(s);
    expect(run.stdout).toMatch(/^SCORE quoteF1=0\.\d{3} /m);
  });

  it('--json gives the same figures as data', async () => {
    const run = await runEval(['--gold', join(work, 'harder.gold.json'), '--articles', articles, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.sets.harder).toMatchObject({ quoteR: 0.5, quoteP: 1 });
    expect(out.overall.quoteF1).toBeCloseTo(2 / 3, 5);
    expect(out.worst[0]).toMatchObject({ set: 'harder', file: 'bridge.txt' });
  });

  it.each([
    ['passes at the threshold', 'right', '1', 0],
    ['fails below the threshold with exit 1', 'harder', '0.9', 1],
  ])('--min-f1 %s', async (_name, set, min, status) => {
    const run = await runEval(['--gold', join(work, `${set}.gold.json`), '--articles', articles, '--min-f1', min]);
    expect(run.status).toBe(status);
    if (status) expect(run.stderr).toContain('is below --min-f1 0.9');
  });

  it.each([
    [['--gold', 'x.json'], 'give --gold and --articles in pairs'],
    [['--min-f1', '2'], '--min-f1 needs a number from 0 to 1'],
    [['--nope'], 'unknown option "--nope"'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await runEval(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('names a gold quote that is not in its article (exit 2, no stack trace)', async () => {
    const run = await runEval(['--gold', join(work, 'wrong.gold.json'), '--articles', articles]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('gold quote not in bridge.txt: words that are not in the article');
    expect(showsStackTrace(run.stderr)).toBe(false);
  });
});
