import { defineConfig } from '@playwright/test';
import { chromiumExecutablePath } from './test/support/browser-choice';

/**
 * End-to-end tests drive the built renderer in Chromium against a real
 * browser-mode process per test (see test/e2e/fixtures/hub.ts). Run `npm run
 * build` first: the tests use `out/`, never the sources.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Two cores: a second worker helps, more only contend with the hub processes.
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: '.reports/e2e.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    trace: 'retain-on-failure',
    launchOptions: {
      // Found as test/support/browser-choice.ts says; `npm test` installs Playwright's
      // Chromium first when there is none, and run directly this stops with how to get one.
      executablePath: chromiumExecutablePath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
