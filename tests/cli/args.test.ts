import { describe, expect, it } from 'vitest';
import { parseEvalArgs, parseIngestArgs, UsageError } from '../../scripts/lib/args.ts';

describe('parseIngestArgs', () => {
  it('defaults to the project folders', () => {
    expect(parseIngestArgs([])).toEqual({ input: 'content/articles', output: 'generated', topics: 'content/topics.json', quiet: false, help: false, workers: null });
  });

  it.each([
    [['--input', 'in', '--output', 'out', '-q'], { input: 'in', output: 'out', quiet: true }],
    [['--input=in dir', '--topics=t.json'], { input: 'in dir', topics: 't.json' }],
    [['-h'], { help: true }],
    [['--workers', '0'], { workers: 0 }],
    [['--workers=4'], { workers: 4 }],
  ])('reads %j', (argv, expected) => expect(parseIngestArgs(argv)).toMatchObject(expected));

  it.each([
    [['--inptu', 'x'], 'unknown option "--inptu"'],
    [['--output'], '--output needs a value'],
    [['--output='], '--output needs a value'],
    [['--input', '--quiet'], '--input needs a value'],
    [['--quiet=yes'], 'unknown option "--quiet=yes"'],
    [['articles'], 'unexpected argument "articles"'],
    [['--workers', 'many'], '--workers needs a whole number'],
    [['--workers=-1'], '--workers needs a whole number'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseIngestArgs(argv)).toThrow(UsageError);
    expect(() => parseIngestArgs(argv)).toThrow(message);
  });
});

describe('parseEvalArgs', () => {
  it('pairs --gold and --articles in order', () => {
    expect(parseEvalArgs(['--gold', 'a.json', '--articles', 'A', '--gold=b.json', '--articles=B']).sets).toEqual([{ gold: 'a.json', articles: 'A' }, { gold: 'b.json', articles: 'B' }]);
  });

  it('reads --json, --min-f1 and --worst', () => {
    expect(parseEvalArgs(['--json', '--min-f1', '0.9', '--worst', '3'])).toMatchObject({ json: true, minF1: 0.9, worst: 3, sets: [] });
  });

  it.each([
    [['--gold', 'a.json'], 'in pairs'],
    [['--min-f1', '1.5'], 'from 0 to 1'],
    [['--min-f1', 'high'], 'from 0 to 1'],
    [['--worst', '-1'], 'whole number'],
  ])('refuses %j', (argv, message) => expect(() => parseEvalArgs(argv)).toThrow(message));
});
