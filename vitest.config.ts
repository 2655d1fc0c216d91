import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Under mutation testing (StrykerJS sets STRYKER_MUTATOR_WORKER), leave out the tests that would run for nearly
 * every mutant without deciding any: the channel fuzzers (seconds to minutes each) and tests of child processes,
 * which never see a mutant (it lives in the test process only).
 */
const UNDER_MUTATION = process.env.STRYKER_MUTATOR_WORKER !== undefined;
const SLOW_FOR_MUTATION = [
  'test/contract/fuzz.test.ts',
  'test/contract/valid-fuzz.test.ts',
  'test/vault/crash.test.ts',
  'test/engine/engine-client.test.ts',
  'test/web-host/server.test.ts',
  'test/shell/**',
  'test/lint/**',
  'test/documents/khmer-*.test.ts',
  // Its idle-lock test waits on the wall clock, which one busy mutation worker cannot keep.
  'test/vault/vault.test.ts',
  // Documents (PDF rendering, fonts) are outside the mutation scope, and fail in the thread pool Stryker imposes.
  'test/documents/**',
  'test/repatriations/cases.test.ts',
];

/**
 * `BLO_TEST_FILES=glob,glob` narrows the run to those test files: for a mutation run on a few pure files, whose
 * killing tests are known (see README, "mutation testing"), without running every test that happens to import them.
 */
const ONLY = process.env.BLO_TEST_FILES?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: ONLY ?? ['test/**/*.test.ts'],
    // The worker bundle, for tests of the real worker (left out under mutation: vitest would rebuild it per mutant).
    globalSetup: UNDER_MUTATION ? [] : ['test/global-setup.ts'],
    exclude: ['test/e2e/**', 'test/electron/**', 'node_modules/**', ...(UNDER_MUTATION ? SLOW_FOR_MUTATION : [])],
    // Native SQLite and worker threads: separate processes are the safe pool.
    pool: 'forks',
    // Vitest's default leaves one core free (one worker on CI's two cores); the tests wait on nothing but the CPU.
    maxWorkers: availableParallelism(),
    // The default reporter prints every file's duration; tests slower than this are listed under their file.
    slowTestThreshold: 1_000,
    // A mutation worker shares two cores with everything else: more patience there.
    testTimeout: UNDER_MUTATION ? 300_000 : 60_000,
    hookTimeout: UNDER_MUTATION ? 300_000 : 60_000,
    coverage: {
      provider: 'v8',
      // Engine code is tested in-process (createEngine) as well as through its worker, so v8 sees it here.
      include: ['src-main/**/*.ts', 'src-shared/**/*.ts'],
      // Electron-only entry points: they run only inside Electron (test/electron smoke test), never under Node.
      exclude: ['src-main/shell/main.ts', 'src-main/shell/preload.ts'],
      reporter: ['text-summary', ['text', { skipFull: true }], ['json-summary', {}]],
      reportsDirectory: 'coverage',
      reportOnFailure: true,
      // Issue 14's gates. Measured 2026-12-02 on the full suite: lines 96.6 %, branches 87.4 %.
      thresholds: { lines: 90, branches: 82 },
    },
  },
});
