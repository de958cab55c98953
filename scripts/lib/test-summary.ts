// The closing line of `npm test`: one plain "N passed, N failed, N skipped" line (nothing else on it, the form CI reads) summing vitest and Playwright,
// read from the JSON reports both runners write, so CI logs say in one line what ran.

/** Counts of one or more test runs. */
export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Counts from vitest's JSON report (Jest-compatible fields). */
export function vitestCounts(report: unknown): TestCounts {
  const r = (report ?? {}) as Record<string, unknown>;
  return { passed: num(r.numPassedTests), failed: num(r.numFailedTests), skipped: num(r.numPendingTests) + num(r.numTodoTests) };
}

/** Counts from Playwright's JSON report: flaky tests passed on retry and count as passed. */
export function playwrightCounts(report: unknown): TestCounts {
  const s = ((report ?? {}) as { stats?: Record<string, unknown> }).stats ?? {};
  return { passed: num(s.expected) + num(s.flaky), failed: num(s.unexpected), skipped: num(s.skipped) };
}

/** The summed line; a run that counted no test at all says so instead of claiming success. */
export function summaryLine(runs: TestCounts[]): string {
  const t = runs.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }), { passed: 0, failed: 0, skipped: 0 });
  return `${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`;
}
