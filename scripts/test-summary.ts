// `tsx scripts/test-summary.ts`: the last step of `npm test`, printing one line that sums the vitest and Playwright runs.
import { readFileSync } from 'node:fs';
import { playwrightCounts, summaryLine, vitestCounts } from './lib/test-summary.ts';

const read = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    process.stderr.write(`test-summary: cannot read ${path}: ${(error as Error).message}\n`);
    process.exit(1);
  }
};

const runs = [vitestCounts(read('reports/vitest.json')), playwrightCounts(read('reports/playwright.json'))];
const line = summaryLine(runs);
process.stdout.write(`\n${line}\n`);
// A runner that counted nothing found no test: that is a failure, not a green run.
if (runs.some((r) => r.passed + r.failed === 0 || r.failed > 0)) process.exit(1);
