import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The JSON report feeds the one-line summary that closes `npm test` (scripts/test-summary.ts).
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
