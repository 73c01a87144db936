import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium-args.mjs';

const PORT = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.ts/,
  // Generous: this 2-core machine needs 5–10 s to open a page, and 1–2 s per action. The longest
  // test (the filament diagrams, ~30 actions and a reload) took 2.9 min in one CI run and ran out
  // of 180 s in the next, with every check passing until then.
  timeout: 300_000,
  // A view's first assertion waits for its chunk and the knowledge base: under load that took over 30 s.
  expect: { timeout: 60_000 },
  // Two workers on two cores: the browser waits on its own processes often enough that a second
  // test in parallel cuts the wall time by about a quarter (measured: 380 s of tests in 282 s).
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    // The service worker precaches every built file on a first visit: in a fresh context per test
    // that would compete with the page itself. Only the offline test lets it run.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    // No traces: recording one on every test kept the runner at about a quarter of a core (ps). A
    // failure still leaves a screenshot and the page's accessibility snapshot (error-context.md).
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
