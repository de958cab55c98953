import { describe, expect, it } from 'vitest';
import { benchLine, formatBytes, median, parseBenchArgs } from '../../scripts/bench/report.ts';

describe('parseBenchArgs', () => {
  it.each([
    [[], { articles: 1000, seed: 1, ingestOnly: false }],
    [['--articles', '10000'], { articles: 10000 }],
    [['--articles=250', '--seed', '9', '--ingest-only'], { articles: 250, seed: 9, ingestOnly: true }],
    [['-n', '5', '--no-profile', '--no-browser'], { articles: 5, profile: false, browser: false }],
  ])('reads %j', (argv, expected) => {
    expect(parseBenchArgs(argv)).toMatchObject(expected);
  });

  it.each([[['--articles', 'many']], [['--articles', '0']], [['--articles']], [['--fast']]])('rejects %j with a message', (argv) => {
    expect(() => parseBenchArgs(argv)).toThrow(/articles|unknown option/);
  });
});

describe('benchLine', () => {
  it('prints every figure in the fixed order, with the ratio of build to baseline', () => {
    expect(benchLine({ n: 10000, pages: 61234, ingestPerSecond: 1234.4, buildSeconds: 300, baselineSeconds: 240, peakMb: 1500.2 })).toBe(
      'BENCH n=10000 pages=61234 ingest_per_s=1234 build_s=300.0 baseline_s=240.0 ratio=1.25 peak_mb=1500',
    );
  });

  it('writes na for what was not measured', () => {
    expect(benchLine({ n: 5, pages: null, ingestPerSecond: 10, buildSeconds: null, baselineSeconds: null, peakMb: 90 })).toBe('BENCH n=5 pages=na ingest_per_s=10 build_s=na baseline_s=na ratio=na peak_mb=90');
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [20 * 1024, '20.0 KB'],
    [3.5 * 1024 * 1024, '3.5 MB'],
    [2 * 1024 ** 3, '2.00 GB'],
  ])('formats %d as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
