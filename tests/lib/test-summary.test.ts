import { describe, expect, it } from 'vitest';
import { playwrightCounts, summaryLine, vitestCounts } from '../../scripts/lib/test-summary.ts';

describe('test summary', () => {
  it('reads vitest counts, todo and pending as skipped', () => {
    expect(vitestCounts({ numPassedTests: 10, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1 })).toEqual({ passed: 10, failed: 1, skipped: 3 });
  });
  it('reads Playwright counts, flaky as passed', () => {
    expect(playwrightCounts({ stats: { expected: 50, unexpected: 2, flaky: 1, skipped: 3 } })).toEqual({ passed: 51, failed: 2, skipped: 3 });
  });
  it('treats a missing or odd report as nothing counted', () => {
    expect(vitestCounts(null)).toEqual({ passed: 0, failed: 0, skipped: 0 });
    expect(playwrightCounts({ stats: { expected: 'x' } })).toEqual({ passed: 0, failed: 0, skipped: 0 });
  });
  it.each([
    [[{ passed: 3, failed: 0, skipped: 0 }, { passed: 2, failed: 0, skipped: 0 }], '5 passed, 0 failed'],
    [[{ passed: 3, failed: 1, skipped: 2 }, { passed: 2, failed: 0, skipped: 1 }], '5 passed, 1 failed, 3 skipped'],
  ])('sums runs into the plain closing line %#', (runs, line) => {
    expect(summaryLine(runs)).toBe(line);
  });
});
