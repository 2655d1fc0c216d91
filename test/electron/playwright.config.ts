import { defineConfig } from '@playwright/test';

/**
 * The Electron smoke test (`npm run test:electron`): the real shell, preload, protocol and engine worker in Electron.
 * Not part of `npm test` — it needs the Electron binary (downloaded on first install, with internet) and a
 * better-sqlite3 binding for Electron's ABI (prepared by global-setup.ts, cached in build/native/).
 * On Linux without a display, run it under xvfb-run.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
