// Browser tests against the built site (dist/), served by a tiny static server on a port of this run's own.
import { defineConfig } from '@playwright/test';

// Workers inherit the environment, so the port picked here is the one every process uses.
process.env.E2E_PORT ??= String(4400 + (process.pid % 500));
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // The JSON report feeds the one-line summary that closes `npm test` (scripts/test-summary.ts).
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'tsx tests/e2e/static-server.ts',
    env: { PORT: String(PORT), SITE_DIR: process.env.SITE_DIR ?? 'dist' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
