import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real UI in Debian's Chromium through the loopback test host
 * (real engine, real encrypted vault in a temp folder). Never `playwright install`: the browser is the system's.
 */
export default defineConfig({
  testDir: 'test/e2e',
  // One office set up through the real engine, copied for each test that starts from a set-up PC.
  globalSetup: './test/e2e/global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 2,
  // One retry in CI only, against the machine's load (2 cores shared by two browsers and two engines);
  // a test still has to pass in full on one run to count.
  retries: process.env.CI ? 1 : 0,
  // 'list' prints each test's duration; the files that took longest are listed again at the end.
  reporter: [['list']],
  reportSlowTests: { max: 8, threshold: 90_000 },
  outputDir: 'test-results',
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    // A trace records a screencast of every step, which doubled the suite's CPU time (browser and GPU process):
    // record one only when CI retries a failed test, or with `--trace on` when looking into a failure.
    trace: 'on-first-retry',
  },
});
